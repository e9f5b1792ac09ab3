import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { countryOptions } from '@/lib/countries';
import { useSaveCorporateProfile, type CorporateProfileInput } from '../api/profile';

export function CorporateProfileForm({ profile }: { profile: Partial<CorporateProfileInput> | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveCorporateProfile();
  const [form, setForm] = useState<CorporateProfileInput>({ company: '', country: 'KR', description: '', ...(profile ?? {}) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ company: form.company.trim(), country: form.country, ...(form.description?.trim() ? { description: form.description.trim() } : {}) });
  };
  return (
    <form onSubmit={submit} aria-label={t('profile.corporateTitle')}>
      <Stack maw={640}>
        <TextInput label={t('profile.company')} required value={form.company} onChange={(e) => setForm({ ...form, company: e.currentTarget.value })} />
        <Select label={t('profile.country')} required searchable data={countryOptions(i18n.language, [form.country])} value={form.country} onChange={(v) => v && setForm({ ...form, country: v })} allowDeselect={false} />
        <Textarea label={t('profile.companyDescription')} autosize minRows={3} value={form.description ?? ''} onChange={(e) => setForm({ ...form, description: e.currentTarget.value })} />
        <ErrorAlert error={save.error} />
        {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Grid, Group, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { MoneyInput } from '@/components/money-input';
import { countryOptions } from '@/lib/countries';
import { SECTORS, STAGES } from '@/lib/types';
import { useSaveStartupProfile, type StartupProfileInput } from '../api/profile';

const EMPTY: StartupProfileInput = {
  name: '', country: 'KR', sector: 'ai-big-data', stage: 'seed', trl: 4, fundingAsk: { amount: 0, currency: 'KRW' },
  foundedYear: new Date().getFullYear(), employees: 1, keywords: [], description: '',
};

/** Sector from the ten fields, stage, TRL, funding ask with currency, country, keywords, description, deck link. */
export function StartupProfileForm({ profile }: { profile: Partial<StartupProfileInput> | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveStartupProfile();
  const [form, setForm] = useState<StartupProfileInput>({ ...EMPTY, ...(profile ?? {}), deckUrl: profile?.deckUrl ?? undefined });
  const set = <K extends keyof StartupProfileInput>(key: K, value: StartupProfileInput[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { deckUrl, ...rest } = form;
    save.mutate({ ...rest, name: rest.name.trim(), description: rest.description.trim(), ...(deckUrl?.trim() ? { deckUrl: deckUrl.trim() } : {}) });
  };

  return (
    <form onSubmit={submit} aria-label={t('profile.startupTitle')}>
      <Stack maw={820}>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('profile.companyName')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label={t('profile.country')} required searchable data={countryOptions(i18n.language, [form.country])} value={form.country} onChange={(v) => v && set('country', v)} allowDeselect={false} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('profile.sector')}
              required
              data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
              value={form.sector}
              onChange={(v) => v && set('sector', v as StartupProfileInput['sector'])}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label={t('profile.stage')}
              required
              data={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
              value={form.stage}
              onChange={(v) => v && set('stage', v as StartupProfileInput['stage'])}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput label={t('profile.trl')} description={t('profile.trlHelp')} required min={1} max={9} value={form.trl} onChange={(v) => set('trl', Number(v) || 1)} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <NumberInput label={t('profile.foundedYear')} required min={1900} max={2100} value={form.foundedYear} onChange={(v) => set('foundedYear', Number(v) || 2000)} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <NumberInput label={t('profile.employees')} required min={0} value={form.employees} onChange={(v) => set('employees', Number(v) || 0)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyInput label={t('profile.fundingAsk')} required value={form.fundingAsk} onChange={(m) => set('fundingAsk', m)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('profile.deckUrl')} type="url" placeholder="https://" value={form.deckUrl ?? ''} onChange={(e) => set('deckUrl', e.currentTarget.value)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TagsInput label={t('profile.keywords')} description={t('profile.keywordsHelp')} value={form.keywords} onChange={(v) => set('keywords', v)} maxTags={20} clearable />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('profile.description')} description={t('profile.descriptionHelp')} required autosize minRows={4} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} />
          </Grid.Col>
        </Grid>
        <ErrorAlert error={save.error} />
        {save.isSuccess && <Alert color="green">{t('profile.savedRescoring')}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

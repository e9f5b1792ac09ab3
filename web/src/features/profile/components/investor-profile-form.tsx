import { Alert, Button, Grid, Group, MultiSelect, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { MoneyInput } from '@/components/money-input';
import { countryOptions } from '@/lib/countries';
import { SECTORS, STAGES } from '@/lib/types';
import { useSaveInvestorProfile, type InvestorProfileInput } from '../api/profile';

const EMPTY: InvestorProfileInput = {
  firm: '', sectors: [], stages: [], ticketMin: { amount: 0, currency: 'KRW' }, ticketMax: { amount: 0, currency: 'KRW' },
  countries: [], thesis: '', maxMeetingsPerDay: 8,
};

/** Sectors, stages, ticket range, countries (empty = any), thesis and the daily meeting cap. */
export function InvestorProfileForm({ profile }: { profile: Partial<InvestorProfileInput> | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveInvestorProfile();
  const [form, setForm] = useState<InvestorProfileInput>({ ...EMPTY, ...(profile ?? {}) });
  const set = <K extends keyof InvestorProfileInput>(key: K, value: InvestorProfileInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...form, firm: form.firm.trim(), thesis: form.thesis.trim() });
  };

  return (
    <form onSubmit={submit} aria-label={t('profile.investorTitle')}>
      <Stack maw={820}>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('profile.firm')} required value={form.firm} onChange={(e) => set('firm', e.currentTarget.value)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput label={t('profile.maxMeetingsPerDay')} required min={1} max={50} value={form.maxMeetingsPerDay} onChange={(v) => set('maxMeetingsPerDay', Number(v) || 1)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <MultiSelect
              label={t('profile.sectors')}
              required
              data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
              value={form.sectors}
              onChange={(v) => set('sectors', v as InvestorProfileInput['sectors'])}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <MultiSelect
              label={t('profile.stages')}
              required
              data={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
              value={form.stages}
              onChange={(v) => set('stages', v as InvestorProfileInput['stages'])}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyInput label={t('profile.ticketMin')} required value={form.ticketMin} onChange={(m) => set('ticketMin', m)} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyInput label={t('profile.ticketMax')} required value={form.ticketMax} onChange={(m) => set('ticketMax', m)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <MultiSelect
              label={t('profile.countries')}
              description={t('profile.countriesHelp')}
              searchable
              data={countryOptions(i18n.language, form.countries)}
              value={form.countries}
              onChange={(v) => set('countries', v)}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('profile.thesis')} description={t('profile.thesisHelp')} required autosize minRows={4} value={form.thesis} onChange={(e) => set('thesis', e.currentTarget.value)} />
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

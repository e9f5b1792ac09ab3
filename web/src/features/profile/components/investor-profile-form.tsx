import { Grid, MultiSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '@/components/money-input';
import { countryOptions } from '@/lib/countries';
import { SECTORS, STAGES } from '@/lib/types';
import { useSaveInvestorProfile, type InvestorProfile, type InvestorProfileInput } from '../api/profile';
import { FieldCell, ProfileFormShell, useProfileForm } from './profile-form';

const EMPTY: InvestorProfileInput = {
  firm: '', sectors: [], stages: [], ticketMin: { amount: 0, currency: 'KRW' }, ticketMax: { amount: 0, currency: 'KRW' },
  countries: [], thesis: '', maxMeetingsPerDay: 8,
};

/** The saved thesis as the body the form sends (the view's other fields are not accepted back). */
const toInput = (p: InvestorProfile | null): InvestorProfileInput =>
  p
    ? { firm: p.firm, sectors: p.sectors, stages: p.stages, ticketMin: p.ticketMin, ticketMax: p.ticketMax, countries: p.countries, thesis: p.thesis, maxMeetingsPerDay: p.maxMeetingsPerDay }
    : EMPTY;

const prepare = (f: InvestorProfileInput): InvestorProfileInput => ({ ...f, firm: f.firm.trim(), thesis: f.thesis.trim() });

/** Sectors, stages, ticket range, countries (empty = any), thesis and the daily meeting cap. */
export function InvestorProfileForm({ profile }: { profile: InvestorProfile | null }) {
  const { t, i18n } = useTranslation();
  const state = useProfileForm(() => toInput(profile), useSaveInvestorProfile(), prepare);
  const { form, set, error, field, text } = state;
  return (
    <ProfileFormShell state={state} label={t('profile.investorTitle')} savedMessage={t('profile.savedRescoring')} maw={820}>
      <Grid>
        <FieldCell width="twoThirds">
          <TextInput label={t('profile.firm')} required {...text('firm')} />
        </FieldCell>
        <FieldCell width="third">
          <NumberInput label={t('profile.maxMeetingsPerDay')} required min={1} max={50} value={form.maxMeetingsPerDay} error={error('maxMeetingsPerDay')} onChange={(v) => set('maxMeetingsPerDay', Number(v) || 1)} />
        </FieldCell>
        <FieldCell width="full">
          <MultiSelect
            label={t('profile.sectors')}
            required
            data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
            value={form.sectors}
            error={error('sectors')}
            onChange={(v) => set('sectors', v as InvestorProfileInput['sectors'])}
          />
        </FieldCell>
        <FieldCell width="full">
          <MultiSelect
            label={t('profile.stages')}
            required
            data={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
            value={form.stages}
            error={error('stages')}
            onChange={(v) => set('stages', v as InvestorProfileInput['stages'])}
          />
        </FieldCell>
        <FieldCell>
          <MoneyInput label={t('profile.ticketMin')} required {...field('ticketMin')} />
        </FieldCell>
        <FieldCell>
          <MoneyInput label={t('profile.ticketMax')} required {...field('ticketMax')} />
        </FieldCell>
        <FieldCell width="full">
          <MultiSelect label={t('profile.countries')} description={t('profile.countriesHelp')} searchable data={countryOptions(i18n.language, form.countries)} {...field('countries')} />
        </FieldCell>
        <FieldCell width="full">
          <Textarea label={t('profile.thesis')} description={t('profile.thesisHelp')} required autosize minRows={4} {...text('thesis')} />
        </FieldCell>
      </Grid>
    </ProfileFormShell>
  );
}

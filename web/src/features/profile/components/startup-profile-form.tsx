import { Grid, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '@/components/money-input';
import { countryOptions } from '@/lib/countries';
import { SECTORS, STAGES } from '@/lib/types';
import { useSaveStartupProfile, type StartupProfile, type StartupProfileInput } from '../api/profile';
import { FieldCell, ProfileFormShell, useProfileForm } from './profile-form';

const EMPTY: StartupProfileInput = {
  name: '', country: 'KR', sector: 'ai-big-data', stage: 'seed', trl: 4, fundingAsk: { amount: 0, currency: 'KRW' },
  foundedYear: new Date().getFullYear(), employees: 1, keywords: [], description: '',
};

/** The saved profile as the body the form sends (the view's other fields are not accepted back). */
const toInput = (p: StartupProfile | null): StartupProfileInput =>
  p
    ? {
        name: p.name, country: p.country, sector: p.sector, stage: p.stage, trl: p.trl, fundingAsk: p.fundingAsk,
        foundedYear: p.foundedYear, employees: p.employees, keywords: p.keywords, description: p.description, deckUrl: p.deckUrl ?? undefined,
      }
    : EMPTY;

const prepare = ({ deckUrl, ...rest }: StartupProfileInput): StartupProfileInput => ({
  ...rest,
  name: rest.name.trim(),
  description: rest.description.trim(),
  ...(deckUrl?.trim() ? { deckUrl: deckUrl.trim() } : {}),
});

/** Sector from the ten fields, stage, TRL, funding ask with currency, country, keywords, description, deck link. */
export function StartupProfileForm({ profile }: { profile: StartupProfile | null }) {
  const { t, i18n } = useTranslation();
  const state = useProfileForm(() => toInput(profile), useSaveStartupProfile(), prepare);
  const { form, set, error, field, text } = state;
  return (
    <ProfileFormShell state={state} label={t('profile.startupTitle')} savedMessage={t('profile.savedRescoring')} maw={820}>
      <Grid>
        <FieldCell>
          <TextInput label={t('profile.companyName')} required {...text('name')} />
        </FieldCell>
        <FieldCell>
          <Select label={t('profile.country')} required searchable data={countryOptions(i18n.language, [form.country])} value={form.country} error={error('country')} onChange={(v) => v && set('country', v)} allowDeselect={false} />
        </FieldCell>
        <FieldCell>
          <Select
            label={t('profile.sector')}
            required
            data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
            value={form.sector}
            error={error('sector')}
            onChange={(v) => v && set('sector', v as StartupProfileInput['sector'])}
            allowDeselect={false}
          />
        </FieldCell>
        <FieldCell>
          <Select
            label={t('profile.stage')}
            required
            data={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
            value={form.stage}
            error={error('stage')}
            onChange={(v) => v && set('stage', v as StartupProfileInput['stage'])}
            allowDeselect={false}
          />
        </FieldCell>
        <FieldCell width="third">
          <NumberInput label={t('profile.trl')} description={t('profile.trlHelp')} required min={1} max={9} value={form.trl} error={error('trl')} onChange={(v) => set('trl', Number(v) || 1)} />
        </FieldCell>
        <FieldCell width="thirdPaired">
          <NumberInput label={t('profile.foundedYear')} required min={1900} max={2100} value={form.foundedYear} error={error('foundedYear')} onChange={(v) => set('foundedYear', Number(v) || 2000)} />
        </FieldCell>
        <FieldCell width="thirdPaired">
          <NumberInput label={t('profile.employees')} required min={0} value={form.employees} error={error('employees')} onChange={(v) => set('employees', Number(v) || 0)} />
        </FieldCell>
        <FieldCell>
          <MoneyInput label={t('profile.fundingAsk')} required {...field('fundingAsk')} />
        </FieldCell>
        <FieldCell>
          <TextInput label={t('profile.deckUrl')} type="url" placeholder="https://" {...text('deckUrl')} />
        </FieldCell>
        <FieldCell width="full">
          <TagsInput label={t('profile.keywords')} description={t('profile.keywordsHelp')} {...field('keywords')} maxTags={20} clearable />
        </FieldCell>
        <FieldCell width="full">
          <Textarea label={t('profile.description')} description={t('profile.descriptionHelp')} required autosize minRows={4} {...text('description')} />
        </FieldCell>
      </Grid>
    </ProfileFormShell>
  );
}

import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '@/lib/countries';
import { useSaveCorporateProfile, type CorporateProfile, type CorporateProfileInput } from '../api/profile';
import { ProfileFormShell, useProfileForm } from './profile-form';

const toInput = (p: CorporateProfile | null): CorporateProfileInput => ({ company: p?.company ?? '', country: p?.country ?? 'KR', description: p?.description ?? '' });

const prepare = (f: CorporateProfileInput): CorporateProfileInput => ({
  company: f.company.trim(),
  country: f.country,
  ...(f.description?.trim() ? { description: f.description.trim() } : {}),
});

export function CorporateProfileForm({ profile }: { profile: CorporateProfile | null }) {
  const { t, i18n } = useTranslation();
  const state = useProfileForm(() => toInput(profile), useSaveCorporateProfile(), prepare);
  const { form, set, error, text } = state;
  return (
    <ProfileFormShell state={state} label={t('profile.corporateTitle')} savedMessage={t('common.saved')} maw={640}>
      <TextInput label={t('profile.company')} required {...text('company')} />
      <Select label={t('profile.country')} required searchable data={countryOptions(i18n.language, [form.country])} value={form.country} error={error('country')} onChange={(v) => v && set('country', v)} allowDeselect={false} />
      <Textarea label={t('profile.companyDescription')} autosize minRows={3} {...text('description')} />
    </ProfileFormShell>
  );
}

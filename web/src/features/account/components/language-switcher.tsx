import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getToken } from '@/lib/auth-token';
import { currentLanguage, type Language } from '@/lib/i18n';
import { saveLocale } from '../api/account';

/** Switches the interface language, remembers it in the browser and, when signed in, on the account. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const change = (lng: string) => {
    void i18n.changeLanguage(lng);
    if (getToken()) void saveLocale(lng as Language).catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('account.language')}
      value={currentLanguage()}
      onChange={change}
      data={[
        { value: 'ko', label: '한국어' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

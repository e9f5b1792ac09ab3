import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from '@/locales/en';
import { ko } from '@/locales/ko';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'sgm.lang';

/** Language: the one chosen before (localStorage), else the browser's, else English. */
export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, ko: { translation: ko } },
      supportedLngs: LANGUAGES,
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
      returnNull: false,
    });
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = currentLanguage();
  return i18n;
}

export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return lng.startsWith('ko') ? 'ko' : 'en';
}

/** Picks the viewer's language from a `{en, ko}` pair sent by the API. */
export function pick(text: { en: string; ko: string } | null | undefined, lang: string): string {
  if (!text) return '';
  return lang.startsWith('ko') ? text.ko || text.en : text.en || text.ko;
}

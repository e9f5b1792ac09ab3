/** Countries offered in pickers (ISO 3166-1 alpha-2); names come from Intl in the viewer's language. */
export const COUNTRIES = [
  'KR', 'US', 'JP', 'CN', 'TW', 'HK', 'SG', 'VN', 'ID', 'TH', 'MY', 'PH', 'IN', 'AU', 'NZ', 'CA', 'MX', 'BR', 'CL',
  'GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'LU', 'CH', 'AT', 'IT', 'ES', 'PT', 'SE', 'NO', 'DK', 'FI', 'EE', 'PL', 'CZ',
  'IL', 'AE', 'SA', 'TR', 'EG', 'KE', 'NG', 'ZA', 'UZ', 'KZ', 'MN',
] as const;

export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang.startsWith('ko') ? 'ko' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryOptions(lang: string, extra: string[] = []): { value: string; label: string }[] {
  const codes = [...new Set([...COUNTRIES, ...extra.filter(Boolean)])];
  return codes.map((c) => ({ value: c, label: `${countryName(c, lang)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label, lang));
}

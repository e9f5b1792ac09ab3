import type { components } from '@/api/schema';

/** The API's list envelope. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

export interface Money {
  amount: number;
  currency: string;
}

export const SECTORS = [
  'system-semiconductor', 'bio-health', 'future-mobility', 'clean-energy', 'robotics',
  'ai-big-data', 'cybersecurity-network', 'aerospace-ocean', 'next-gen-nuclear', 'quantum',
] as const;
export const STAGES = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c-plus'] as const;
/** Currencies the API accepts (its MoneyDto), so a currency it drops breaks the build. */
export type MoneyInputValue = components['schemas']['MoneyDto'];
export type Currency = MoneyInputValue['currency'];
export const CURRENCIES: Currency[] = ['KRW', 'USD', 'EUR', 'JPY', 'SGD', 'CNY', 'GBP', 'AUD', 'CAD', 'CHF', 'HKD', 'INR', 'ILS', 'SEK'];
export const FACTORS = ['sector', 'stage', 'ticket', 'geography', 'trl', 'text'] as const;
export type Factor = (typeof FACTORS)[number];
export const COLLABORATIONS = ['poc', 'joint-development', 'investment', 'procurement'] as const;

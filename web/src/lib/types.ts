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
export const CURRENCIES = ['KRW', 'USD', 'EUR', 'JPY', 'SGD', 'CNY', 'GBP'] as const;
export const FACTORS = ['sector', 'stage', 'ticket', 'geography', 'trl', 'text'] as const;
export type Factor = (typeof FACTORS)[number];
export const COLLABORATIONS = ['poc', 'joint-development', 'investment', 'procurement'] as const;

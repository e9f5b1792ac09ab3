import type { components } from '@/api/schema';

type Schemas = components['schemas'];

/**
 * The list, typed as exactly the members of `Union`: a value the API adds or drops makes this a build error
 * (`missing` names what the list lacks), so pickers never offer a value the API rejects.
 */
const everyOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: List & ([Exclude<Union, List[number]>] extends [never] ? unknown : { missing: Exclude<Union, List[number]> })) =>
    list;

export type Sector = Schemas['StartupView']['sector'];
export type Stage = Schemas['StartupView']['stage'];
export type Collaboration = Schemas['DemandView']['collaboration'][number];
/** Currencies the API accepts (its MoneyDto). */
export type MoneyInputValue = Schemas['MoneyDto'];
export type Currency = MoneyInputValue['currency'];
export type Factor = keyof Schemas['BreakdownView'];

export const SECTORS = everyOf<Sector>()([
  'system-semiconductor', 'bio-health', 'future-mobility', 'clean-energy', 'robotics',
  'ai-big-data', 'cybersecurity-network', 'aerospace-ocean', 'next-gen-nuclear', 'quantum',
]);
export const STAGES = everyOf<Stage>()(['pre-seed', 'seed', 'series-a', 'series-b', 'series-c-plus']);
export const CURRENCIES = everyOf<Currency>()(['KRW', 'USD', 'EUR', 'JPY', 'SGD', 'CNY', 'GBP', 'AUD', 'CAD', 'CHF', 'HKD', 'INR', 'ILS', 'SEK']);
export const FACTORS = everyOf<Factor>()(['sector', 'stage', 'ticket', 'geography', 'trl', 'text']);
export const COLLABORATIONS = everyOf<Collaboration>()(['poc', 'joint-development', 'investment', 'procurement']);

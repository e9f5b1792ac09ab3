/** Money is an integer amount in the currency's minor units (KRW has none, USD has cents). */
export interface Money {
  amount: number;
  currency: string;
}

/** ISO 4217 minor-unit exponents for the currencies we accept. */
export const CURRENCY_EXPONENT: Readonly<Record<string, number>> = {
  KRW: 0, JPY: 0, USD: 2, EUR: 2, GBP: 2, SGD: 2, CNY: 2, AUD: 2, CAD: 2, CHF: 2, HKD: 2, INR: 2, ILS: 2, SEK: 2,
};
export const CURRENCIES = Object.keys(CURRENCY_EXPONENT);

/**
 * How many US dollars one major unit of a currency is worth. A fixed table (configurable per deployment
 * through MATCH_FX_USD) is enough for matching: it only has to place an ask inside or outside a ticket range.
 */
export const DEFAULT_USD_RATES: Readonly<Record<string, number>> = {
  USD: 1, KRW: 0.00072, JPY: 0.0066, EUR: 1.08, GBP: 1.27, SGD: 0.74, CNY: 0.14, AUD: 0.66, CAD: 0.73,
  CHF: 1.13, HKD: 0.128, INR: 0.012, ILS: 0.27, SEK: 0.095,
};

/** Converts money to US dollars (major units) with a rate table; unknown currencies give NaN. */
export function toUsd(money: Money, rates: Readonly<Record<string, number>> = DEFAULT_USD_RATES): number {
  const exponent = CURRENCY_EXPONENT[money.currency];
  const rate = rates[money.currency];
  if (exponent === undefined || rate === undefined) return Number.NaN;
  return (money.amount / 10 ** exponent) * rate;
}

/** The three kinds of party a match joins: a startup and its counterpart, an investor or a corporate's demand. */
export const PARTY_KINDS = ['startup', 'investor', 'demand'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

import { Transform } from 'class-transformer';

/** Query strings send `?x=` for "no filter": treat an empty value as absent. */
export const EmptyAsUndefined = () => Transform(({ value }) => (value === '' ? undefined : value));

/** Trims strings and folds Unicode to NFC so Korean text compares and searches the same however it was typed. */
export const NormalizeText = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

/** `NormalizeText` for each string of a list (keywords). */
export const NormalizeList = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v)) : value));

import { Transform } from 'class-transformer';

/** Query strings send `?x=` for "no filter": treat an empty value as absent. */
export const EmptyAsUndefined = () => Transform(({ value }) => (value === '' ? undefined : value));

/** Trims strings and folds Unicode to NFC so Korean text compares and searches the same however it was typed. */
export const NormalizeText = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

/** `?sector=a,b` or repeated `?sector=a&sector=b` both become an array. */
export const CommaList = () =>
  Transform(({ value }) => {
    if (value === undefined || value === '') return undefined;
    const list = Array.isArray(value) ? value : String(value).split(',');
    return list.map((v) => String(v).trim()).filter(Boolean);
  });

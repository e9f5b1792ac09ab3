import type { FieldError } from '../errors/app-error';

/** Keys that would reach an object's prototype machinery; never a field of ours. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 12;
/** NUL (PostgreSQL cannot store it in text) and UTF-16 halves without their partner (not Unicode text). */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What no field of any request may hold, checked on the raw body and query before any DTO logic: text with NUL
 * or lone surrogates, prototype keys, nesting deeper than any of our shapes. Returns every offending field.
 */
export function unsafeInput(value: unknown, path = '', depth = 0): FieldError[] {
  const field = path || 'body';
  if (typeof value === 'string') {
    if (NUL.test(value)) return [{ field, message: `${field} must not contain NUL characters` }];
    if (LONE_SURROGATE.test(value)) return [{ field, message: `${field} must be valid Unicode text (lone surrogate)` }];
    return [];
  }
  if (value === null || typeof value !== 'object') return [];
  if (depth >= MAX_DEPTH) return [{ field, message: `${field} is nested too deeply` }];
  const out: FieldError[] = [];
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) out.push({ field: child, message: `property ${key} should not exist` });
    else if (NUL.test(key) || LONE_SURROGATE.test(key)) out.push({ field: path || 'body', message: 'field names must be valid Unicode text' });
    else out.push(...unsafeInput((value as Record<string, unknown>)[key], child, depth + 1));
  }
  return out;
}

/** A copy without what `unsafeInput` reported (those fields get their own message; validators never see them). */
export function withoutUnsafe(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return NUL.test(value) || LONE_SURROGATE.test(value) ? undefined : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((v) => withoutUnsafe(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || NUL.test(key) || LONE_SURROGATE.test(key)) continue;
    const clean = withoutUnsafe((value as Record<string, unknown>)[key], depth + 1);
    if (clean !== undefined) out[key] = clean;
  }
  return out;
}

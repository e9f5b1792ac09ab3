import type { TFunction } from 'i18next';
import { ApiError, fieldError } from './api-client';

/**
 * Error codes whose meaning is fixed, so the catalogues say it in the viewer's language (`errors.<code>`).
 * `conflict` and `invalid_transition` are generic: their message is specific, so the catalogue speaks only when the
 * server names the conflict in `reason` (`errors.reasons.<reason>`); otherwise the server's message is shown.
 */
const CODES = new Set([
  'account_pending', 'account_rejected', 'email_taken', 'weak_password', 'forbidden', 'not_found', 'rate_limited',
  'too_many_attempts', 'validation_failed', 'unauthenticated', 'unsupported_media_type', 'malformed_json',
  'published_meeting_conflict', 'payload_too_large', 'slot_taken', 'slot_started', 'meeting_started',
  'service_unavailable', 'internal_error',
]);
const REASONS = new Set([
  'request_open', 'request_closed', 'ir_request_open', 'room_taken', 'schedule_published', 'meeting_cancelled',
  'closed_as_no_show', 'check_in_not_yet', 'check_in_closed', 'check_in_first', 'already_held', 'no_show_too_early',
  'outcome_too_early',
]);
/** A form field a code is about: the field shows the catalogue's words instead of the server's. */
const FIELD_OF_CODE: Record<string, string> = { weak_password: 'password', email_taken: 'email' };

/** The one place that turns an error from the API (or the network) into words for the viewer. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.reason && REASONS.has(error.reason)) return t(`errors.reasons.${error.reason}`);
    if (CODES.has(error.code)) return t(`errors.${error.code}`);
    if (error.status === 429) return t('errors.rate_limited');
    if (error.status === 403) return `${t('errors.forbidden')} ${error.message}`;
    return error.message;
  }
  // fetch rejects with a TypeError when the server cannot be reached
  if (error instanceof Error && !(error instanceof TypeError) && error.message) return error.message;
  return t('errors.network');
}

/**
 * The message for one form field: the catalogue's when the error's code is about that field (a weak password,
 * a taken e-mail), else what the API said for it in `errors[]` (fieldError).
 */
export function fieldMessage(error: unknown, field: string, t: TFunction): string | undefined {
  if (error instanceof ApiError && FIELD_OF_CODE[error.code] === field) return t(`errors.${error.code}`);
  return fieldError(error, field);
}

/** Field errors worth listing under the message: only a plain 400's (a code that has its own words says it all). */
export const listedFields = (error: unknown): { field: string; message: string }[] =>
  error instanceof ApiError && error.code === 'validation_failed' ? error.fields : [];

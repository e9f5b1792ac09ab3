import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { ko } from '@/locales/ko';
import { ApiError, toApiError } from './api-client';
import { errorMessage, fieldMessage, listedFields } from './error-message';

let tEn: TFunction;
let tKo: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const i = createInstance();
    await i.init({ lng, resources: { en: { translation: en }, ko: { translation: ko } }, interpolation: { escapeValue: false } });
    return i.t;
  };
  [tEn, tKo] = [await make('en'), await make('ko')];
});

describe('errorMessage', () => {
  it('says a fixed code in the viewer’s language, not the server’s English', () => {
    const started = toApiError(409, { statusCode: 409, code: 'slot_started', message: 'The slot at 2026-10-28 10:00 has already started' });
    expect(errorMessage(started, tKo)).toBe(ko.errors.slot_started);
    expect(errorMessage(started, tEn)).toBe(en.errors.slot_started);
    for (const code of ['weak_password', 'email_taken', 'published_meeting_conflict', 'meeting_started', 'slot_taken', 'internal_error']) {
      expect(errorMessage(new ApiError(409, code, 'english'), tKo)).toBe(ko.errors[code as keyof typeof ko.errors]);
    }
  });

  it('names a generic conflict by its reason, and keeps the server’s specific message when there is none', () => {
    const open = toApiError(409, { code: 'conflict', message: 'This match already has an open meeting request', reason: 'request_open' });
    expect(open.reason).toBe('request_open');
    expect(errorMessage(open, tKo)).toBe(ko.errors.reasons.request_open);
    const notYet = toApiError(409, { code: 'invalid_transition', message: 'Check-in opens 30 minutes before the meeting', reason: 'check_in_not_yet' });
    expect(errorMessage(notYet, tEn)).toBe(en.errors.reasons.check_in_not_yet);
    expect(errorMessage(toApiError(409, { code: 'conflict', message: 'Room 300 is taken' }), tKo)).toBe('Room 300 is taken');
    expect(errorMessage(toApiError(409, { code: 'conflict', message: 'Something new', reason: 'a_reason_from_the_future' }), tKo)).toBe('Something new');
  });

  it('falls back to the server’s message for unknown codes, and explains statuses and the network', () => {
    expect(errorMessage(new ApiError(418, 'teapot', 'I am a teapot'), tKo)).toBe('I am a teapot');
    expect(errorMessage(new ApiError(429, 'something_else', 'slow down'), tKo)).toBe(ko.errors.rate_limited);
    expect(errorMessage(new TypeError('Failed to fetch'), tKo)).toBe(ko.errors.network);
    expect(errorMessage(new Error(ko.auth.wrongCredentials), tKo)).toBe(ko.auth.wrongCredentials);
  });

  it('has the same codes and reasons in both catalogues', () => {
    expect(Object.keys(ko.errors).sort()).toEqual(Object.keys(en.errors).sort());
    expect(Object.keys(ko.errors.reasons).sort()).toEqual(Object.keys(en.errors.reasons).sort());
  });
});

describe('fieldMessage', () => {
  it('puts a code’s words beside the field it is about, else the field’s own message', () => {
    const weak = new ApiError(400, 'weak_password', 'password is too weak', [{ field: 'password', message: 'password is too weak' }]);
    expect(fieldMessage(weak, 'password', tKo)).toBe(ko.errors.weak_password);
    expect(listedFields(weak)).toEqual([]);
    const invalid = new ApiError(400, 'validation_failed', 'trl: too big', [{ field: 'trl', message: 'trl must not be greater than 9' }]);
    expect(fieldMessage(invalid, 'trl', tKo)).toBe('trl must not be greater than 9');
    expect(fieldMessage(invalid, 'name', tKo)).toBeUndefined();
    expect(listedFields(invalid)).toHaveLength(1);
  });
});

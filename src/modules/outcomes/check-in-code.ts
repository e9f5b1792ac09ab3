import { randomInt } from 'node:crypto';

/**
 * Check-in codes. Each party of a meeting has its own six-character code, shown only to itself (as text and as
 * a QR code). The other party types or scans it, which proves both are at the table: the scanner checks in,
 * and the shower is recorded as present too. A code is bound to one meeting and one person, so it checks no one
 * in anywhere else, and only the meeting's other party may use it.
 *
 * Crockford base32 (no I, L, O, U): easy to read aloud and to type; typed input is folded (o→0, i/l→1, case).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 6;
const QR_PREFIX = 'SGM1:CHECKIN:';

export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What a person typed (or a scanner read) as a plain code, folded to the canonical form; null if it cannot be one. */
export function normalizeCheckInCode(input: string): string | null {
  const folded = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return folded.length === CODE_LENGTH && [...folded].every((c) => ALPHABET.includes(c)) ? folded : null;
}

/** The QR payload: the meeting and the code, so a scan from anywhere in the app finds the meeting to post to. */
export function checkInQrPayload(meetingId: string, code: string): string {
  return `${QR_PREFIX}${meetingId}:${code}`;
}

/** Accepts a QR payload or a bare code; a payload naming another meeting is refused (null). */
export function codeFromScan(input: string, meetingId: string): string | null {
  const trimmed = input.trim();
  if (trimmed.toUpperCase().startsWith(QR_PREFIX)) {
    const rest = trimmed.slice(QR_PREFIX.length);
    const sep = rest.lastIndexOf(':');
    if (sep < 0 || rest.slice(0, sep).toLowerCase() !== meetingId.toLowerCase()) return null;
    return normalizeCheckInCode(rest.slice(sep + 1));
  }
  return normalizeCheckInCode(trimmed);
}

import { hash, verify } from '@node-rs/argon2';
import * as bcrypt from 'bcryptjs';
import { COMMON_PASSWORDS } from './common-passwords';

/** `Algorithm.Argon2id` (a const enum in the package's types, which isolated modules cannot inline). */
const ARGON2ID = 2;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** argon2id (OWASP's first choice): every character counts, unlike bcrypt's 72-byte cut-off. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Checks a password against argon2id or a legacy bcrypt hash; legacy hashes ask to be replaced. */
export async function verifyPassword(stored: string, password: string): Promise<{ ok: boolean; rehash: boolean }> {
  if (stored.startsWith('$argon2')) return { ok: await verify(stored, password).catch(() => false), rehash: false };
  if (/^\$2[aby]\$/.test(stored)) {
    // bcrypt only reads 72 bytes: a longer password can only have been set after the switch to argon2id.
    const ok = Buffer.byteLength(password, 'utf8') <= 72 && (await bcrypt.compare(password, stored));
    return { ok, rehash: ok };
  }
  return { ok: false, rehash: false };
}

/** The e-mail as compared everywhere: NFKC-folded (full-width look-alikes become ASCII), trimmed, lower case. */
export function foldEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** The rule a password breaks, in words, or null. Length is counted in characters (code points). */
export function passwordProblem(password: string, email?: unknown): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `password must be at least ${PASSWORD_MIN} characters`;
  if (length > PASSWORD_MAX) return `password must be at most ${PASSWORD_MAX} characters`;
  const folded = password.normalize('NFKC').toLowerCase();
  if (new Set(folded.replace(/\s/g, '')).size < 3) return 'password must not be one or two characters repeated';
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(folded.replace(/[\d\W_]+$/u, ''))) return 'password is too common';
  if (typeof email === 'string' && email) {
    const address = foldEmail(email);
    const local = address.split('@')[0];
    if (folded.includes(address) || (local.length >= 4 && folded.replace(/[\d\W_]+$/u, '') === local)) {
      return 'password must not be the e-mail address';
    }
  }
  return null;
}

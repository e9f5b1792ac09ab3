import { describe, expect, it } from 'vitest';
import { tokenRole } from './auth-token';

const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (claims: unknown) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.signature`;

describe('tokenRole', () => {
  it('reads the role a token was issued for (base64url, unpadded)', () => {
    expect(tokenRole(token({ sub: '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e', role: 'organizer', iat: 1, exp: 2 }))).toBe('organizer');
    expect(tokenRole(token({ sub: 'x??>', role: 'investor' }))).toBe('investor');
  });

  it('is null for anything else', () => {
    expect(tokenRole(token({ sub: 'x' }))).toBeNull();
    expect(tokenRole(token({ role: 3 }))).toBeNull();
    expect(tokenRole('not-a-token')).toBeNull();
    expect(tokenRole('a.%%%.b')).toBeNull();
  });
});

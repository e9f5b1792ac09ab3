import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../errors/app-error';
import { AuthGuard } from './auth.guard';

const SECRET = 'unit-test-secret-unit-test-secret';
const ID = '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e';

class SomeController {
  handler() {}
}

/** A guard over a real JwtService (verifications counted) and a fake database whose account row the test sets. */
function setup() {
  const jwt = new JwtService({ secret: SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  const verify = jest.spyOn(jwt, 'verify');
  const account = { id: ID, email: 'a@x', role: 'startup', status: 'active', displayName: 'A', locale: 'en' };
  const query = jest.fn(async () => [{ ...account }]);
  const db = { driver: {}, query } as unknown as DataSource;
  const guard = new AuthGuard(new Reflector(), jwt, db);
  const call = async (token: string) => {
    const request: { headers: Record<string, string>; caller?: unknown } = { headers: { authorization: `Bearer ${token}` } };
    const context = {
      getHandler: () => SomeController.prototype.handler,
      getClass: () => SomeController,
      switchToHttp: () => ({ getRequest: () => request }),
    } as unknown as ExecutionContext;
    await guard.canActivate(context);
    return request.caller;
  };
  const code = (token: string) => call(token).then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : String(e)));
  return { jwt, verify, account, query, call, code };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('AuthGuard token verification', () => {
  it('verifies a token once, and still reads the account (its status) on every request', async () => {
    const t = setup();
    const token = t.jwt.sign({ sub: ID, role: 'startup' }, { expiresIn: 3600 });
    expect(await t.call(token)).toMatchObject({ id: ID, status: 'active' });
    expect(await t.call(token)).toMatchObject({ id: ID, status: 'active' });
    expect(t.verify).toHaveBeenCalledTimes(1);
    expect(t.query).toHaveBeenCalledTimes(2);
    // A rejection made between two requests applies to the next one, whatever the guard remembers of the token.
    t.account.status = 'rejected';
    expect(await t.code(token)).toBe(ErrorCode.AccountRejected);
  });

  it('refuses a remembered token once it has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T05:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const t = setup();
    const token = t.jwt.sign({ sub: ID, role: 'startup' }, { expiresIn: 60 });
    expect(await t.code(token)).toBe('ok');
    jest.setSystemTime(new Date('2026-12-07T05:00:59Z'));
    expect(await t.code(token)).toBe('ok');
    jest.setSystemTime(new Date('2026-12-07T05:01:00Z'));
    expect(await t.code(token)).toBe(ErrorCode.Unauthenticated);
    expect(await t.code(token)).toBe(ErrorCode.Unauthenticated);
  });

  it('never remembers a refused token: each use is verified again and refused again', async () => {
    const t = setup();
    const good = t.jwt.sign({ sub: ID, role: 'startup' }, { expiresIn: 3600 });
    const forged = new JwtService({ secret: 'another-secret-another-secret-xx' }).sign({ sub: ID }, { expiresIn: 3600 });
    const noExpiry = t.jwt.sign({ sub: ID, role: 'startup' });
    const badSubject = t.jwt.sign({ sub: 'not-an-id', role: 'startup' }, { expiresIn: 3600 });
    for (const token of [forged, noExpiry, badSubject, good.slice(0, -2)]) {
      expect(await t.code(token)).toBe(ErrorCode.Unauthenticated);
      expect(await t.code(token)).toBe(ErrorCode.Unauthenticated);
    }
    expect(t.verify).toHaveBeenCalledTimes(8);
    expect(t.query).not.toHaveBeenCalled();
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { event } from './factories';
import { killAll, startProcess, type AppProcess } from './app-process';
import { createTestApp, ORGANIZER, TestApp } from './utils';

describe('structured logs (e2e, built API and worker processes)', () => {
  let t: TestApp;
  let api: AppProcess;
  let worker: AppProcess;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    [api, worker] = await Promise.all([
      startProcess('api', t, { LOG_LEVEL: 'debug' }),
      startProcess('worker', t, { LOG_LEVEL: 'debug' }),
    ]);
  });
  afterAll(async () => {
    killAll([api, worker].filter(Boolean));
    await t?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('puts a request id on every line, carries it into the jobs the request queued, and logs no password or token', async () => {
    const wrong = await post('/v1/auth/login', { email: ORGANIZER.email, password: 'not-the-password-123' }, { 'X-Request-Id': 'login-attempt-0001' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('x-request-id')).toBe('login-attempt-0001');
    const login = await post('/v1/auth/login', { email: ORGANIZER.email, password: ORGANIZER.password });
    expect(login.status).toBe(200);
    const generated = login.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const { accessToken } = (await login.json()) as { accessToken: string };

    // An id with spaces or line breaks could forge log lines: it is replaced, not echoed.
    const forged = await fetch(`${api.url}/v1/sectors`, { headers: { 'X-Request-Id': 'x y {"level":60}' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const bearer = { Authorization: `Bearer ${accessToken}` };
    const created = await post('/v1/events', event(), bearer);
    expect(created.status).toBe(201);
    const { id: eventId } = (await created.json()) as { id: string };
    const run = await post(`/v1/events/${eventId}/match-runs`, {}, { ...bearer, 'X-Request-Id': 'match-run-request-42' });
    expect(run.status).toBe(202);

    // The worker logs the job under the id of the request that queued it.
    const jobLine = await worker.waitFor((r) => r.reqId === 'match-run-request-42' && r.msg === 'job completed');
    expect(jobLine).toMatchObject({ queue: 'matching', job: 'score-event' });

    const requestLines = await api.waitFor((r) => r.reqId === 'match-run-request-42' && r.res?.statusCode === 202);
    expect(requestLines.req).toMatchObject({ method: 'POST', url: `/v1/events/${eventId}/match-runs` });
    await api.waitFor((r) => r.reqId === 'login-attempt-0001' && r.res?.statusCode === 401);

    // Every line is JSON; every line written while serving a request names it.
    const records = [...api.records(), ...worker.records()];
    expect(records.length).toBeGreaterThan(5);
    for (const r of api.records().filter((x) => x.req || x.res)) expect(typeof r.reqId).toBe('string');

    const everything = [...api.lines, ...worker.lines].join('\n');
    expect(everything).not.toContain(ORGANIZER.password);
    expect(everything).not.toContain('not-the-password-123');
    expect(everything).not.toContain(accessToken);
    expect(everything).not.toContain(accessToken.split('.')[2]); // not even the signature alone
  });
});

/**
 * `node dist/src/cli/demo-activity.cli.js http://localhost:3000 [organizerEmail organizerPassword]`: makes the seeded demo
 * event look alive through the public API, the way members would: decisions (some mutual), meeting requests in every
 * state, IR pitch requests with a waitlist, an IR allocation and a finished, published schedule run. Runs once per database
 * (skipped when the event already has meeting requests). Every rule of the API applies, so nothing here bypasses them.
 */
export {};

const DEMO_PASSWORD = 'demo-password';
const DEMO_DOMAIN = 'demo.supergap.kr';

interface Page<T> { items: T[]; total: number }
interface Match { id: string; kind: string; investor: { accountId: string } | null; demand: { owner: { accountId: string } } | null; startup: { accountId: string } }

class Api {
  constructor(private readonly base: string) {}

  async call<T>(method: string, path: string, token?: string, body?: unknown, okStatuses = [200, 201, 202, 204]): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!okStatuses.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    return (await this.call<{ accessToken: string }>('POST', '/v1/auth/login', undefined, { email, password })).accessToken;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => Promise<T | null>, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(500);
  }
}

async function main([base = 'http://localhost:3000', orgEmail = 'organizer@supergap.local', orgPassword = 'organizer-password']: string[]): Promise<void> {
  const api = new Api(base.replace(/\/$/, ''));
  const org = await api.login(orgEmail, orgPassword);
  const events = await api.call<Page<{ id: string; name: string }>>('GET', '/v1/events?limit=100', org);
  const event = events.items.find((e) => e.name.includes('Super-Gap'));
  if (!event) throw new Error('no demo event: run the seed first');
  const e = `/v1/events/${event.id}`;
  if ((await api.call<Page<unknown>>('GET', `${e}/meeting-requests?limit=1`, org)).total > 0) {
    console.log('demo activity: already there');
    return;
  }
  await waitFor('the first match run', async () => ((await api.call<Page<unknown>>('GET', `${e}/matches?limit=1`, org)).total > 0 ? true : null), 180_000);

  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await api.login(email));
    return tokens.get(email)!;
  };
  const idOf = new Map<string, string>(); // token → account id
  const me = async (t: string) => {
    if (!idOf.has(t)) idOf.set(t, (await api.call<{ id: string }>('GET', '/v1/me', t)).id);
    return idOf.get(t)!;
  };
  const matchesOf = async (t: string, limit: number) => (await api.call<Page<Match>>('GET', `${e}/matches?sort=score&limit=${limit}`, t)).items;
  const decide = (t: string, m: Match, decision: string, extra: Record<string, string> = {}) =>
    api.call('PUT', `/v1/matches/${m.id}/decision`, t, { decision, ...extra });

  // Investors review their top pitches: interest in the best, some maybes, a few declines with reasons.
  const reasons = ['stage', 'ticket', 'traction', 'sector'];
  for (let i = 1; i <= 16; i++) {
    const t = await token(`investor-${i}@${DEMO_DOMAIN}`);
    const ms = await matchesOf(t, 12);
    for (const [k, m] of ms.entries()) {
      if (k < 5) await decide(t, m, 'interested', k === 0 ? { note: '팀 역량 우수, 2차 미팅 희망' } : {});
      else if (k < 7) await decide(t, m, 'maybe');
      else if (k < 9) await decide(t, m, 'declined', { reason: reasons[(i + k) % reasons.length] });
    }
  }

  // Startups decide too (mutual interest where both said yes) and ask their favourites for meetings.
  const sent: { id: string; from: string; to: string }[] = [];
  for (let s = 1; s <= 40; s++) {
    const t = await token(`startup-${s}@${DEMO_DOMAIN}`);
    const ms = await matchesOf(t, 8);
    for (const [k, m] of ms.entries()) {
      if (k < 4) await decide(t, m, 'interested');
      else if (k < 6) await decide(t, m, 'maybe');
      else await decide(t, m, 'declined', { reason: k % 2 ? 'sector' : 'other' });
    }
    for (const m of ms.slice(0, s <= 25 ? 3 : 1)) {
      const r = await api.call<{ id: string }>('POST', `${e}/meeting-requests`, t, { matchId: m.id, message: '귀사와 협력 가능성을 논의하고 싶습니다. / We would like to discuss working together.' }, [201, 409]);
      if (r?.id) sent.push({ id: r.id, from: t, to: m.investor?.accountId ?? m.demand!.owner.accountId });
    }
  }
  // Investors also reach out to a startup or two.
  for (let i = 1; i <= 8; i++) {
    const t = await token(`investor-${i}@${DEMO_DOMAIN}`);
    for (const m of (await matchesOf(t, 6)).slice(4, 6)) {
      await api.call('POST', `${e}/meeting-requests`, t, { matchId: m.id, message: 'IR 자료 잘 보았습니다. 미팅 요청드립니다.' }, [201, 409]);
    }
  }

  // Recipients answer: most accept (booked by the worker), some decline, the rest stay pending.
  const recipients = [...Array.from({ length: 40 }, (_, k) => `investor-${k + 1}@${DEMO_DOMAIN}`), ...Array.from({ length: 10 }, (_, k) => `corporate-${k + 1}@${DEMO_DOMAIN}`)];
  let n = 0;
  for (const email of recipients) {
    let t: string;
    try {
      t = await token(email);
    } catch {
      continue; // fewer members than the default counts
    }
    const received = await api.call<Page<{ id: string; status: string }>>('GET', `${e}/meeting-requests?direction=received&status=pending&limit=100`, t);
    for (const r of received.items) {
      n++;
      if (n % 7 === 3) await api.call('POST', `/v1/meeting-requests/${r.id}/decline`, t, { reason: 'Not a fit for our current fund' });
      else if (n % 7 !== 5) await api.call('POST', `/v1/meeting-requests/${r.id}/accept`, t);
    }
  }
  // A sender withdraws one still-pending request.
  for (const r of sent) {
    const cur = await api.call<{ status: string }>('GET', `/v1/meeting-requests/${r.id}`, r.from);
    if (cur.status === 'pending') {
      await api.call('POST', `/v1/meeting-requests/${r.id}/withdraw`, r.from);
      break;
    }
  }

  // IR pitches: startups rank sessions; a crowd wants the first session, so it has a waitlist.
  const sessions = await api.call<Page<{ id: string; sectors: string[]; slotCount: number }> | { id: string; sectors: string[]; slotCount: number }[]>('GET', `${e}/ir-sessions?limit=100`, org);
  const list = Array.isArray(sessions) ? sessions : sessions.items;
  for (let s = 1; s <= 45 && list.length > 1; s++) {
    const t = await token(`startup-${s}@${DEMO_DOMAIN}`);
    const ranked = s <= list[0].slotCount + 6 ? [list[0].id] : [list[s % list.length].id, list[(s + 1) % list.length].id];
    await api.call('POST', `${e}/ir-requests`, t, { sessionIds: ranked }, [201, 409]);
  }
  const ir = await api.call<{ id: string }>('POST', `${e}/ir-allocations`, org, {});
  await waitFor('the IR allocation', async () => {
    const run = await api.call<{ status: string }>('GET', `/v1/ir-allocations/${ir.id}`, org);
    return run.status === 'done' || run.status === 'failed' ? run : null;
  }, 120_000);

  // Let the worker book the accepted requests, then cancel one booked meeting.
  await waitFor('accepted requests to be booked', async () => ((await api.call<Page<unknown>>('GET', `${e}/meeting-requests?status=accepted&limit=1`, org)).total === 0 ? true : null), 120_000);
  const booked = await api.call<Page<{ meeting: { id: string } | null }>>('GET', `${e}/meeting-requests?status=booked&limit=5`, org);
  const toCancel = booked.items.find((r) => r.meeting)?.meeting;
  if (toCancel) await api.call('DELETE', `/v1/meetings/${toCancel.id}`, org);

  // Finally the organizer plans the whole schedule once, so the gauge has a result to show.
  const run = await api.call<{ id: string }>('POST', `${e}/schedule-runs`, org, {});
  const done = await waitFor('the schedule run', async () => {
    const r = await api.call<{ status: string; booked?: number; upperBound?: number }>('GET', `/v1/schedule-runs/${run.id}`, org);
    return r.status === 'done' || r.status === 'failed' ? r : null;
  }, 180_000);
  // ...and publishes it, as before an event opens (the meetings become final; members are notified).
  await api.call('POST', `${e}/schedule/publish`, org, undefined, [200, 201, 409]);
  const startup1 = await me(await token(`startup-1@${DEMO_DOMAIN}`));
  console.log(`demo activity: decisions, ${sent.length}+ meeting requests, IR allocation and a published schedule run (${done.status}: ${done.booked ?? 0} of at most ${done.upperBound ?? 0} meetings) ready; startup-1 is ${startup1}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`demo activity: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});

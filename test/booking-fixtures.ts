import { auth, drainQueues, member, type TestApp } from './utils';
import { event, investorProfile, startupProfile } from './factories';

export type Party = { id: string; token: string; email: string };

/** An event whose startups and investors all match each other (same sector), scored by the worker. */
export async function matchedEvent(
  t: TestApp,
  opts: { startups: number; investors: number; event?: Record<string, unknown>; maxMeetingsPerDay?: number },
): Promise<{ eventId: string; startups: Party[]; investors: Party[] }> {
  const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event(opts.event)).expect(201);
  const eventId = ev.body.id;
  const startups: Party[] = [];
  const investors: Party[] = [];
  for (let i = 0; i < opts.startups; i++) {
    const s = await member(t, 'startup');
    await t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile({ name: `Startup ${i} 스타트업` })).expect(200);
    await t.http.post(`/v1/events/${eventId}/participants`).set(auth(s.token)).send({}).expect(201);
    startups.push(s);
  }
  for (let i = 0; i < opts.investors; i++) {
    const v = await member(t, 'investor');
    await t.http.put('/v1/me/investor').set(auth(v.token)).send(investorProfile({ firm: `Fund ${i}`, maxMeetingsPerDay: opts.maxMeetingsPerDay ?? 10 })).expect(200);
    await t.http.post(`/v1/events/${eventId}/participants`).set(auth(v.token)).send({}).expect(201);
    investors.push(v);
  }
  await drainQueues(t);
  return { eventId, startups, investors };
}

/** The match id between a startup and an investor, as the investor sees it. */
export async function matchId(t: TestApp, eventId: string, investor: Party, startupId: string): Promise<string> {
  const res = await t.http.get(`/v1/events/${eventId}/matches`).query({ limit: 100, startupId }).set(auth(investor.token)).expect(200);
  const m = res.body.items.find((i: { startup: { accountId: string } }) => i.startup.accountId === startupId);
  if (!m) throw new Error('no match between these two');
  return m.id;
}

/** Every rule that must never break, as one SQL audit; returns the violations found. */
export async function auditViolations(t: TestApp, eventId: string): Promise<string[]> {
  const checks: [string, string][] = [
    ['person double-booked', `SELECT p, slot FROM (SELECT startup_id AS p, slot FROM meetings WHERE event_id = $1 AND status = 'booked'
        UNION ALL SELECT counterpart_id, slot FROM meetings WHERE event_id = $1 AND status = 'booked') x GROUP BY p, slot HAVING count(*) > 1`],
    ['table double-booked', `SELECT slot, table_no FROM meetings WHERE event_id = $1 AND status = 'booked' GROUP BY slot, table_no HAVING count(*) > 1`],
    ['table out of range', `SELECT m.id FROM meetings m JOIN events e ON e.id = m.event_id WHERE m.event_id = $1 AND m.status = 'booked' AND (m.table_no < 1 OR m.table_no > e.tables)`],
    ['meeting in blocked time', `SELECT m.id FROM meetings m JOIN availability_blocks b ON b.event_id = m.event_id
        AND b.account_id IN (m.startup_id, m.counterpart_id) AND b.starts_at < m.ends_at AND b.ends_at > m.starts_at
        WHERE m.event_id = $1 AND m.status = 'booked'`],
    ['meeting during own pitch', `SELECT m.id FROM meetings m JOIN pitches p ON p.event_id = m.event_id AND p.status = 'scheduled'
        AND p.startup_id = m.startup_id AND p.starts_at < m.ends_at AND p.ends_at > m.starts_at WHERE m.event_id = $1 AND m.status = 'booked'`],
    ['over daily cap', `SELECT m.counterpart_id, m.slot / e_spd.spd FROM meetings m
        JOIN investor_profiles ip ON ip.account_id = m.counterpart_id
        CROSS JOIN LATERAL (SELECT ((extract(epoch FROM (e.day_end::time - e.day_start::time)) / 60)::int / e.slot_minutes) AS spd FROM events e WHERE e.id = m.event_id) e_spd
        WHERE m.event_id = $1 AND m.status = 'booked' GROUP BY m.counterpart_id, m.slot / e_spd.spd, ip.max_meetings_per_day HAVING count(*) > ip.max_meetings_per_day`],
    ['request booked twice', `SELECT request_id FROM meetings WHERE event_id = $1 AND status = 'booked' GROUP BY request_id HAVING count(*) > 1`],
    ['booked request without meeting', `SELECT r.id FROM meeting_requests r WHERE r.event_id = $1 AND r.status = 'booked'
        AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.request_id = r.id AND m.status = 'booked')`],
    ['meeting of a request not booked', `SELECT m.id FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE m.event_id = $1 AND m.status = 'booked' AND r.status <> 'booked'`],
    ['unschedulable without reason', `SELECT id FROM meeting_requests WHERE event_id = $1 AND status = 'unschedulable' AND coalesce(reason, '') = ''`],
    ['startup pitches twice', `SELECT startup_id FROM pitches WHERE event_id = $1 AND status = 'scheduled' GROUP BY startup_id HAVING count(*) > 1`],
    ['session over capacity', `SELECT p.session_id FROM pitches p JOIN ir_sessions s ON s.id = p.session_id WHERE p.event_id = $1 AND p.status = 'scheduled'
        GROUP BY p.session_id, s.slot_count HAVING count(*) > s.slot_count`],
  ];
  const found: string[] = [];
  for (const [name, sql] of checks) {
    const rows = await t.db.query(sql, [eventId]);
    if (rows.length) found.push(`${name}: ${JSON.stringify(rows.slice(0, 3))}`);
  }
  return found;
}

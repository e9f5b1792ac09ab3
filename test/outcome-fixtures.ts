import { expect } from '@jest/globals';
import { matchId, type Party } from './booking-fixtures';
import { auth, drainQueues, type TestApp } from './utils';

/** A request from the startup, accepted by the counterpart and booked by the worker; returns the meeting id. */
export async function bookedMeeting(t: TestApp, eventId: string, s: Party, v: Party): Promise<{ meetingId: string; requestId: string }> {
  const mid = await matchId(t, eventId, v, s.id);
  const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: mid }).expect(201);
  await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
  await drainQueues(t);
  const res = await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(s.token)).expect(200);
  expect(res.body.status).toBe('booked');
  return { meetingId: res.body.meeting.id, requestId: req.body.id };
}

/**
 * Moves a meeting's clock relative to now (start `minutes` from now, 30 minutes long) so time rules can be
 * tested without waiting; slot, table and occupancy stay as booked.
 */
export async function startsIn(t: TestApp, meetingId: string, minutes: number): Promise<void> {
  await t.db.query(
    `UPDATE meetings SET starts_at = now() + make_interval(mins => $2::int), ends_at = now() + make_interval(mins => $2::int + 30) WHERE id = $1`,
    [meetingId, minutes],
  );
}

export async function notificationsOf(t: TestApp, accountId: string, type: string): Promise<{ payload: Record<string, any> }[]> {
  return t.db.query(`SELECT payload FROM notifications WHERE account_id = $1 AND type = $2 ORDER BY created_at`, [accountId, type]);
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { OutcomesService } from '../src/modules/outcomes/outcomes.service';
import { MailSender } from '../src/modules/mail/mail-sender.service';
import { matchedEvent, matchId, type Party } from './booking-fixtures';
import { bookedMeeting } from './outcome-fixtures';
import { startSmtpCatcher, type CaughtMail } from './smtp-catcher';
import { auth, createTestApp, drainQueues, TestApp, waitForRun } from './utils';

const FROM = 'Supergap Match <events@supergap.test>';

/** The member's e-mail language, through the API. */
async function setLocale(t: TestApp, party: Party, locale: 'ko' | 'en'): Promise<void> {
  await t.http.patch('/v1/me').set(auth(party.token)).send({ locale }).expect(200);
}

/** The calendar object of a message: its text/calendar alternative, checked to equal its invite.ics attachment. */
function calendarOf(mail: CaughtMail) {
  const alternative = /Content-Type: text\/calendar; charset=utf-8; method=(REQUEST|CANCEL)/i.exec(mail.raw);
  expect(alternative).not.toBeNull();
  const attachment = mail.parsed.attachments.find((a) => a.filename === 'invite.ics');
  expect(attachment).toBeDefined();
  const text = attachment!.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    partMethod: alternative![1].toUpperCase(),
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: event.getFirstPropertyValue('status'),
    start: (event.getFirstPropertyValue('dtstart') as unknown as { toJSDate(): Date }).toJSDate(),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    organizer: String(event.getFirstPropertyValue('organizer')),
    summary: String(event.getFirstPropertyValue('summary')),
  };
}

describe('notification e-mail with calendar invitations (e2e, real SMTP server)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('mails both parties in their language when a meeting is booked, moved and cancelled: REQUEST, then REQUEST and CANCEL with the same UID and higher SEQUENCE', async () => {
    const { eventId, startups: [s], investors: [v] } = await matchedEvent(t, { startups: 1, investors: 1 });
    await setLocale(t, s, 'ko');
    await setLocale(t, v, 'en');
    const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
    await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
    await drainQueues(t);
    const [meeting] = await t.db.query(`SELECT id, starts_at FROM meetings WHERE request_id = $1`, [req.body.id]);
    const uid = `meeting-${meeting.id}@supergap-match`;

    const booked = await smtp.waitForCount(2);
    const toStartup = booked.find((m) => m.to.includes(s.email))!;
    const toInvestor = booked.find((m) => m.to.includes(v.email))!;
    expect(toStartup.parsed.subject).toMatch(/^1:1 미팅 확정: /);
    expect(toStartup.parsed.text).toContain('안녕하세요');
    expect(toStartup.parsed.text).toContain('Fund 0'); // the counterpart by name
    expect(toInvestor.parsed.subject).toMatch(/^Meeting booked: Startup 0 스타트업, /);
    expect(toInvestor.parsed.text).toContain('Hello');
    // Members never see each other's addresses, not even inside the invitation.
    expect(toStartup.raw).not.toContain(v.email);
    expect(toInvestor.raw).not.toContain(s.email);
    expect(toStartup.parsed.messageId).toBe(`<meeting.${meeting.id}.${s.id}.0@supergap.test>`);
    for (const [mail, party] of [[toStartup, s], [toInvestor, v]] as const) {
      const cal = calendarOf(mail);
      expect(cal).toMatchObject({ partMethod: 'REQUEST', method: 'REQUEST', uid, sequence: 0, attendees: [`mailto:${party.email}`], organizer: 'mailto:events@supergap.test' });
      expect(cal.start.getTime()).toBe(new Date(meeting.starts_at).getTime());
    }
    expect(calendarOf(toStartup).summary).toContain('1:1 미팅');

    // A move: the same UID, SEQUENCE 1, the new table.
    await t.http.patch(`/v1/meetings/${meeting.id}`).set(auth(t.organizerToken)).send({ table: 2 }).expect(200);
    const moved = (await smtp.waitForCount(4)).slice(2);
    expect(moved.map((m) => m.parsed.subject).sort()).toEqual([expect.stringMatching(/^1:1 미팅 변경: /), expect.stringMatching(/^Meeting moved: /)].sort());
    for (const mail of moved) expect(calendarOf(mail)).toMatchObject({ method: 'REQUEST', uid, sequence: 1 });
    expect(moved.find((m) => m.to.includes(v.email))!.parsed.text).toContain('table 2');
    expect(moved.find((m) => m.to.includes(s.email))!.parsed.text).toContain('2번 테이블');

    // A cancellation: METHOD:CANCEL, the same UID, a higher SEQUENCE.
    await t.http.delete(`/v1/meetings/${meeting.id}`).set(auth(s.token)).expect(204);
    const cancelled = (await smtp.waitForCount(6)).slice(4);
    for (const mail of cancelled) expect(calendarOf(mail)).toMatchObject({ partMethod: 'CANCEL', method: 'CANCEL', uid, sequence: 2, status: 'CANCELLED' });
    expect(cancelled.find((m) => m.to.includes(s.email))!.parsed.subject).toMatch(/^1:1 미팅 취소: /);
    expect(cancelled.find((m) => m.to.includes(v.email))!.parsed.subject).toMatch(/^Meeting cancelled: /);
    // Each row is marked sent right after the server accepted it (the last one may still be on its way).
    await drainQueues(t);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE subject_id = $1 AND status = 'sent'`, [meeting.id]);
    expect(n).toBe(6);
  });

  it('a failing SMTP server neither delays nor loses a booking; the retried mail arrives once', async () => {
    const { eventId, startups: [s], investors: [v] } = await matchedEvent(t, { startups: 1, investors: 1 });
    const before = smtp.messages.length;
    smtp.failNext(3); // the first three deliveries are refused (451)
    const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
    await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
    // Booked while the mail is still failing.
    const deadline = Date.now() + 30_000;
    while ((await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(s.token))).body.status !== 'booked') {
      if (Date.now() > deadline) throw new Error('the request was not booked');
      await new Promise((r) => setTimeout(r, 50));
    }
    const [meeting] = await t.db.query(`SELECT id FROM meetings WHERE request_id = $1`, [req.body.id]);
    const all = await smtp.waitForCount(before + 2);
    await drainQueues(t);
    expect(smtp.refused).toBeGreaterThanOrEqual(3);
    const rows: { status: string; attempts: number; message_id: string }[] = await t.db.query(
      `SELECT status, attempts, message_id FROM mail_outbox WHERE subject_id = $1 ORDER BY attempts`, [meeting.id],
    );
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(5); // 3 refused + 2 accepted

    // The same job delivered again (as at-least-once queues may) sends nothing.
    const sender = t.app.get(MailSender);
    const outboxIds: { id: string }[] = await t.db.query(`SELECT id FROM mail_outbox WHERE subject_id = $1`, [meeting.id]);
    for (const { id } of outboxIds) expect(await sender.send({ outboxId: id }, null)).toMatchObject({ sent: false });
    await drainQueues(t);
    await new Promise((r) => setTimeout(r, 1000));
    const forMeeting = all.slice(before).concat(smtp.messages.slice(before + 2)).filter((m) => m.parsed.messageId?.includes(meeting.id));
    expect(forMeeting).toHaveLength(2);
    expect(new Set(forMeeting.map((m) => m.parsed.messageId)).size).toBe(2);
  });

  it('mails a startup its IR pitch slot and its cancellation (REQUEST, then CANCEL with the same UID)', async () => {
    const { eventId, startups: [s] } = await matchedEvent(t, { startups: 1, investors: 0 });
    await setLocale(t, s, 'en');
    const session = await t.http.post(`/v1/events/${eventId}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Quantum IR', room: 'Hall B', startsAt: '2026-10-28T05:00:00Z', slotMinutes: 10, slotCount: 3, sectors: [] }).expect(201);
    const irRequest = await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(s.token)).send({ sessionIds: [session.body.id] }).expect(201);
    const before = smtp.messages.length;
    const run = await t.http.post(`/v1/events/${eventId}/ir-allocations`).set(auth(t.organizerToken)).expect(202);
    expect((await waitForRun(t, `/v1/ir-allocations/${run.body.id}`, t.organizerToken)).status).toBe('done');
    const [pitch] = await t.db.query(`SELECT id FROM pitches WHERE request_id = $1`, [irRequest.body.id]);
    const [booked] = (await smtp.waitForCount(before + 1)).slice(before);
    expect(booked.to).toEqual([s.email]);
    expect(booked.parsed.subject).toMatch(/^IR pitch booked: Quantum IR, /);
    expect(booked.parsed.text).toContain('Hall B');
    expect(calendarOf(booked)).toMatchObject({ method: 'REQUEST', uid: `pitch-${pitch.id}@supergap-match`, sequence: 0 });

    await t.http.delete(`/v1/ir-requests/${irRequest.body.id}`).set(auth(s.token)).expect(204);
    const [cancelled] = (await smtp.waitForCount(before + 2)).slice(before + 1);
    expect(cancelled.parsed.subject).toMatch(/^IR pitch cancelled: Quantum IR/);
    expect(calendarOf(cancelled)).toMatchObject({ method: 'CANCEL', uid: `pitch-${pitch.id}@supergap-match`, sequence: 1, status: 'CANCELLED' });
  });
  it("e-mails outcome reminders after the event day in each member's language, once per member and day, however often the sweep runs", async () => {
    const yesterday = DateTime.utc().minus({ days: 1 }).toISODate()!;
    const before = smtp.messages.length;
    const { eventId, startups: [s], investors: [v1, v2] } = await matchedEvent(t, {
      startups: 1, investors: 2,
      event: { timezone: 'UTC', startDate: yesterday, endDate: yesterday, meetingGrid: { dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30, tables: 3 } },
    });
    await setLocale(t, s, 'ko');
    await setLocale(t, v1, 'en');
    const m1 = await bookedMeeting(t, eventId, s, v1);
    const m2 = await bookedMeeting(t, eventId, s, v2);
    await t.http.put(`/v1/meetings/${m2.meetingId}/outcome`).set(auth(v2.token)).send({ held: true, followUps: ['nda'] }).expect(200);
    await smtp.waitForCount(before + 4); // the two bookings' invitations

    const outcomes = t.app.get(OutcomesService);
    await Promise.all([outcomes.sendReminders(), outcomes.sendReminders()]);
    await outcomes.sendReminders();
    // Even a sweep that claims the same reminders again (its claim lost) mails nobody twice: the outbox key holds.
    await t.db.query(`DELETE FROM outcome_reminders WHERE event_id = $1`, [eventId]);
    expect(await outcomes.sendReminders()).toBe(2);
    await smtp.waitForCount(before + 6);
    await drainQueues(t);
    await new Promise((r) => setTimeout(r, 1000));

    const reminders = smtp.messages.slice(before).filter((m) => m.parsed.messageId?.startsWith('<outcome-reminder.'));
    expect(reminders).toHaveLength(2);
    const toStartup = reminders.find((m) => m.to.includes(s.email))!;
    const toInvestor = reminders.find((m) => m.to.includes(v1.email))!;
    expect(toStartup.parsed.messageId).toBe(`<outcome-reminder.${eventId}.${s.id}.${yesterday}@supergap.test>`);
    expect(toStartup.parsed.subject).toMatch(/^미팅 결과를 기록해 주세요: Global Super-Gap Tech Conference 2026, /);
    expect(toStartup.parsed.text).toContain('Fund 0');
    expect(toStartup.parsed.text).toContain('Fund 1'); // the startup recorded neither outcome
    expect(toInvestor.parsed.subject).toMatch(/^Record your meeting outcomes: Global Super-Gap Tech Conference 2026, /);
    expect(toInvestor.parsed.text).toContain('Startup 0 스타트업');
    expect(toInvestor.raw).not.toContain(s.email);
    expect(toInvestor.parsed.attachments).toHaveLength(0);
    // v2 recorded its outcome: no reminder
    expect(reminders.some((m) => m.to.includes(v2.email))).toBe(false);
    const rows: { recipient_id: string; status: string; meeting_ids: string[] }[] = await t.db.query(
      `SELECT recipient_id, status, meeting_ids FROM mail_outbox WHERE event_id = $1 AND subject_type = 'outcome-reminder' ORDER BY recipient_id`, [eventId],
    );
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.find((r) => r.recipient_id === s.id)!.meeting_ids.sort()).toEqual([m1.meetingId, m2.meetingId].sort());
  });
});

import { DateTime } from 'luxon';
import { buildCalendar, type CalendarPerson } from '../agenda/icalendar';

export type MailLocale = 'ko' | 'en';
export type MailChange = 'booked' | 'moved' | 'cancelled';

/** Everything one notification e-mail says, gathered when it is sent (the slot as it was at that SEQUENCE). */
export interface MailFacts {
  locale: MailLocale;
  change: MailChange;
  subjectType: 'meeting' | 'pitch';
  recipient: CalendarPerson;
  /** The other party of a meeting, by name only: members never see each other's e-mail addresses. */
  counterpartName: string | null;
  event: { name: string; venue: string; timezone: string; published: boolean };
  startsAt: Date;
  endsAt: Date;
  tableNo: number | null;
  session: { title: string; room: string } | null;
  uid: string;
  sequence: number;
  stamp: Date;
  organizer: CalendarPerson;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  /** The iTIP calendar object, sent as a text/calendar alternative and as an invite.ics attachment. */
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string };
}

const TEXT = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    meeting: {
      booked: { subject: (o: string, when: string) => `Meeting booked: ${o}, ${when}`, lead: (o: string) => `Your 1:1 meeting with ${o} is booked.` },
      moved: { subject: (o: string, when: string) => `Meeting moved: ${o}, now ${when}`, lead: (o: string) => `Your 1:1 meeting with ${o} has a new time or table.` },
      cancelled: { subject: (o: string, when: string) => `Meeting cancelled: ${o}, ${when}`, lead: (o: string) => `Your 1:1 meeting with ${o} is cancelled.` },
    },
    pitch: {
      booked: { subject: (s: string, when: string) => `IR pitch booked: ${s}, ${when}`, lead: (s: string) => `Your IR pitch slot in "${s}" is booked.` },
      moved: { subject: (s: string, when: string) => `IR pitch moved: ${s}, now ${when}`, lead: (s: string) => `Your IR pitch slot in "${s}" has a new time.` },
      cancelled: { subject: (s: string, when: string) => `IR pitch cancelled: ${s}, ${when}`, lead: (s: string) => `Your IR pitch slot in "${s}" is cancelled.` },
    },
    when: 'When', where: 'Where', event: 'Event',
    table: (n: number) => `table ${n}`,
    summaryMeeting: (o: string) => `1:1 meeting with ${o}`,
    summaryPitch: (s: string) => `IR pitch – ${s}`,
    provisional: 'The schedule is provisional until the organizers publish it.',
    calendar: 'The calendar entry is attached; your calendar app updates the same entry when anything changes.',
  },
  ko: {
    hello: (name: string) => `${name}님, 안녕하세요.`,
    meeting: {
      booked: { subject: (o: string, when: string) => `1:1 미팅 확정: ${o}, ${when}`, lead: (o: string) => `${o}와(과)의 1:1 미팅이 잡혔습니다.` },
      moved: { subject: (o: string, when: string) => `1:1 미팅 변경: ${o}, ${when}`, lead: (o: string) => `${o}와(과)의 1:1 미팅 시간 또는 테이블이 변경되었습니다.` },
      cancelled: { subject: (o: string, when: string) => `1:1 미팅 취소: ${o}, ${when}`, lead: (o: string) => `${o}와(과)의 1:1 미팅이 취소되었습니다.` },
    },
    pitch: {
      booked: { subject: (s: string, when: string) => `IR 피칭 확정: ${s}, ${when}`, lead: (s: string) => `"${s}" 세션의 IR 피칭 순서가 배정되었습니다.` },
      moved: { subject: (s: string, when: string) => `IR 피칭 변경: ${s}, ${when}`, lead: (s: string) => `"${s}" 세션의 IR 피칭 시간이 변경되었습니다.` },
      cancelled: { subject: (s: string, when: string) => `IR 피칭 취소: ${s}, ${when}`, lead: (s: string) => `"${s}" 세션의 IR 피칭이 취소되었습니다.` },
    },
    when: '일시', where: '장소', event: '행사',
    table: (n: number) => `${n}번 테이블`,
    summaryMeeting: (o: string) => `1:1 미팅 – ${o}`,
    summaryPitch: (s: string) => `IR 피칭 – ${s}`,
    provisional: '일정은 주최 측이 확정·공개하기 전까지 잠정적입니다.',
    calendar: '캘린더 일정이 첨부되어 있습니다. 일정이 바뀌면 캘린더 앱의 같은 일정이 갱신됩니다.',
  },
} as const;

/** A date and time in the event's timezone, written the recipient's way (2026년 10월 28일 (수) 오전 10:00 GMT+9). */
export function formatWhen(at: Date, timezone: string, locale: MailLocale): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  if (locale === 'en') {
    return local.setLocale('en').toLocaleString({ year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  }
  // Written out by hand: Node builds differ in their Korean ICU data (some print "AM" for 오전).
  const offset = local.offset;
  const zone = `GMT${offset < 0 ? '-' : '+'}${Math.floor(Math.abs(offset) / 60)}${Math.abs(offset) % 60 ? `:${String(Math.abs(offset) % 60).padStart(2, '0')}` : ''}`;
  const meridiem = local.hour < 12 ? '오전' : '오후';
  return `${local.year}년 ${local.month}월 ${local.day}일 (${KO_WEEKDAYS[local.weekday - 1]}) ${meridiem} ${local.hour % 12 || 12}:${String(local.minute).padStart(2, '0')} ${zone}`;
}
const KO_WEEKDAYS = ['월', '화', '수', '목', '금', '토', '일'];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Subject, plain and HTML bodies and the calendar object of one notification, in the recipient's language. */
export function composeMail(f: MailFacts): ComposedMail {
  const t = TEXT[f.locale];
  const when = formatWhen(f.startsAt, f.event.timezone, f.locale);
  const subjectName = f.subjectType === 'meeting' ? (f.counterpartName ?? '?') : (f.session?.title ?? 'IR');
  const texts = f.subjectType === 'meeting' ? t.meeting[f.change] : t.pitch[f.change];
  const place = f.subjectType === 'meeting'
    ? `${f.event.venue} – ${f.tableNo !== null ? t.table(f.tableNo) : ''}`
    : `${f.event.venue} – ${f.session?.room ?? ''}`;
  const cancelled = f.change === 'cancelled';
  const lines: [string, string][] = [[t.when, when], [t.where, place], [t.event, f.event.name]];
  const notes = [...(f.subjectType === 'meeting' && !f.event.published && !cancelled ? [t.provisional] : []), t.calendar];

  const text = [t.hello(f.recipient.name), '', texts.lead(subjectName), '', ...lines.map(([k, v]) => `${k}: ${v}`), '', ...notes, ''].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<p>${escapeHtml(t.hello(f.recipient.name))}</p>`,
    `<p>${escapeHtml(texts.lead(subjectName))}</p>`,
    '<table>',
    ...lines.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td${cancelled && k === t.when ? ' style="text-decoration:line-through"' : ''}>${escapeHtml(v)}</td></tr>`),
    '</table>',
    ...notes.map((n) => `<p style="color:#555">${escapeHtml(n)}</p>`),
    '</body></html>',
  ].join('\n');

  const method = cancelled ? 'CANCEL' : 'REQUEST';
  const content = buildCalendar(f.event.name, f.event.timezone, [{
    uid: f.uid,
    sequence: f.sequence,
    status: cancelled ? 'CANCELLED' : f.subjectType === 'meeting' && !f.event.published ? 'TENTATIVE' : 'CONFIRMED',
    start: f.startsAt,
    end: f.endsAt,
    stamp: f.stamp,
    summary: f.subjectType === 'meeting' ? t.summaryMeeting(subjectName) : t.summaryPitch(subjectName),
    location: place,
    description: f.event.name,
  }], { method, organizer: f.organizer, attendees: [f.recipient] });
  return { subject: texts.subject(subjectName, when), text, html, calendar: { method, content } };
}

/** Everything an outcome reminder says: the recipient's meetings of one ended event day, still without its outcome. */
export interface ReminderFacts {
  locale: MailLocale;
  recipient: CalendarPerson;
  event: { name: string; timezone: string };
  meetings: { startsAt: Date; counterpartName: string; tableNo: number }[];
}

export interface ComposedReminder {
  subject: string;
  text: string;
  html: string;
}

const REMINDER_TEXT = {
  en: {
    subject: (event: string, day: string) => `Record your meeting outcomes: ${event}, ${day}`,
    lead: (event: string, day: string) => `Your meetings at ${event} on ${day} are over. How did they go?`,
    ask: 'Please record an outcome for each: whether it was held, and any follow-up (NDA, PoC, MOU, term sheet, investment, procurement) with its amount. The organizers report the event\'s results from these records.',
    item: (time: string, name: string, table: number) => `${time} – ${name} (table ${table})`,
    where: 'Record them in Supergap Match, from each meeting in your agenda. Your outcome and note are seen only by you and the organizers.',
  },
  ko: {
    subject: (event: string, day: string) => `미팅 결과를 기록해 주세요: ${event}, ${day}`,
    lead: (event: string, day: string) => `${day} ${event}의 미팅이 모두 끝났습니다. 미팅은 어떠셨나요?`,
    ask: '각 미팅의 결과를 기록해 주세요: 미팅 진행 여부와 후속 조치(NDA, PoC, MOU, 텀시트, 투자, 구매) 및 금액. 주최 측은 이 기록으로 행사 성과를 보고합니다.',
    item: (time: string, name: string, table: number) => `${time} – ${name} (${table}번 테이블)`,
    where: 'Supergap Match 일정(아젠다)의 각 미팅에서 기록할 수 있습니다. 결과와 메모는 본인과 주최 측만 볼 수 있습니다.',
  },
} as const;

/** The event day (2026년 10월 28일 (수) / Wed, October 28, 2026) and a time of day (오전 10:00 / 10:00 AM), in the event's timezone. */
function formatDay(at: Date, timezone: string, locale: MailLocale): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  if (locale === 'en') return local.setLocale('en').toLocaleString({ year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
  return `${local.year}년 ${local.month}월 ${local.day}일 (${KO_WEEKDAYS[local.weekday - 1]})`;
}

function formatTime(at: Date, timezone: string, locale: MailLocale): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  if (locale === 'en') return local.setLocale('en').toLocaleString({ hour: 'numeric', minute: '2-digit' });
  return `${local.hour < 12 ? '오전' : '오후'} ${local.hour % 12 || 12}:${String(local.minute).padStart(2, '0')}`;
}

/** The reminder to record outcomes after an event day, in the recipient's language (no calendar entry). */
export function composeOutcomeReminder(f: ReminderFacts): ComposedReminder {
  const t = REMINDER_TEXT[f.locale];
  const day = formatDay(f.meetings[0]?.startsAt ?? new Date(), f.event.timezone, f.locale);
  const items = f.meetings.map((m) => t.item(formatTime(m.startsAt, f.event.timezone, f.locale), m.counterpartName, m.tableNo));
  const text = [TEXT[f.locale].hello(f.recipient.name), '', t.lead(f.event.name, day), '', ...items.map((i) => `- ${i}`), '', t.ask, '', t.where, ''].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<p>${escapeHtml(TEXT[f.locale].hello(f.recipient.name))}</p>`,
    `<p>${escapeHtml(t.lead(f.event.name, day))}</p>`,
    '<ul>',
    ...items.map((i) => `<li>${escapeHtml(i)}</li>`),
    '</ul>',
    `<p>${escapeHtml(t.ask)}</p>`,
    `<p style="color:#555">${escapeHtml(t.where)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: t.subject(f.event.name, day), text, html };
}

import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { parseMailbox, mailDomain } from './mail-address';
import { composeMail, composeOutcomeReminder, type MailFacts } from './mail-content';

const facts = (over: Partial<MailFacts> = {}): MailFacts => ({
  locale: 'en', change: 'booked', subjectType: 'meeting',
  recipient: { email: 'ceo@startup.test', name: 'Kim' }, counterpartName: 'Deep Fund',
  event: { name: 'Super-Gap Tech 2026', venue: 'COEX', timezone: 'Asia/Seoul', published: true },
  startsAt: new Date('2026-10-28T01:00:00Z'), endsAt: new Date('2026-10-28T01:30:00Z'), tableNo: 7, session: null,
  uid: 'meeting-1@supergap-match', sequence: 0, stamp: new Date('2026-10-01T00:00:00Z'),
  organizer: { email: 'events@supergap.test', name: 'Supergap Match' },
  ...over,
});

const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;

describe('composeMail', () => {
  it('writes English with the local time of the event', () => {
    const mail = composeMail(facts());
    expect(mail.subject).toBe('Meeting booked: Deep Fund, Wed, October 28, 2026 at 10:00 AM GMT+9');
    expect(mail.text).toContain('Where: COEX – table 7');
    expect(mail.calendar.method).toBe('REQUEST');
  });

  it('writes Korean for a ko recipient', () => {
    const mail = composeMail(facts({ locale: 'ko', change: 'moved', sequence: 3 }));
    expect(mail.subject).toMatch(/^1:1 미팅 변경: Deep Fund, 2026년 10월 28일 \(수\) 오전 10:00 GMT\+9$/);
    expect(mail.text).toContain('장소: COEX – 7번 테이블');
    expect(Number(vevent(mail.calendar.content).getFirstPropertyValue('sequence'))).toBe(3);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const mail = composeMail(facts({ change: 'cancelled', sequence: 2 }));
    const calendar = new ICAL.Component(ICAL.parse(mail.calendar.content));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent(mail.calendar.content).getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent(mail.calendar.content).getFirstPropertyValue('uid')).toBe('meeting-1@supergap-match');
  });

  it('marks an unpublished meeting tentative, names pitches by session, and escapes HTML', () => {
    expect(vevent(composeMail(facts({ event: { ...facts().event, published: false } })).calendar.content).getFirstPropertyValue('status')).toBe('TENTATIVE');
    const pitch = composeMail(facts({ subjectType: 'pitch', counterpartName: null, tableNo: null, session: { title: 'Quantum <b>', room: 'Hall B' } }));
    expect(pitch.subject).toMatch(/^IR pitch booked: Quantum <b>, /);
    expect(pitch.html).toContain('Quantum &lt;b&gt;');
    expect(pitch.html).not.toContain('<b>');
  });
});

describe('parseMailbox', () => {
  it('reads "Name <address>" and bare addresses', () => {
    expect(parseMailbox('Supergap Match <events@supergap.test>')).toEqual({ name: 'Supergap Match', email: 'events@supergap.test' });
    expect(parseMailbox('noreply@x.test')).toEqual({ name: 'noreply@x.test', email: 'noreply@x.test' });
    expect(mailDomain('A <a@b.test>')).toBe('b.test');
  });
});

describe('composeOutcomeReminder', () => {
  const reminder = (locale: 'ko' | 'en') => composeOutcomeReminder({
    locale, recipient: { email: 'ceo@startup.test', name: 'Kim' }, event: { name: 'Super-Gap <Tech>', timezone: 'Asia/Seoul' },
    meetings: [
      { startsAt: new Date('2026-10-28T01:00:00Z'), counterpartName: 'Deep Fund', tableNo: 7 },
      { startsAt: new Date('2026-10-28T05:30:00Z'), counterpartName: 'Hanbit', tableNo: 2 },
    ],
  });

  it('names the event day and lists the meetings in local time, in English', () => {
    const mail = reminder('en');
    expect(mail.subject).toBe('Record your meeting outcomes: Super-Gap <Tech>, Wed, October 28, 2026');
    expect(mail.text).toContain('- 10:00 AM – Deep Fund (table 7)');
    expect(mail.text).toContain('- 2:30 PM – Hanbit (table 2)');
    expect(mail.html).toContain('Super-Gap &lt;Tech&gt;');
    expect(mail.html).not.toContain('<Tech>');
  });

  it('writes Korean for a ko recipient', () => {
    const mail = reminder('ko');
    expect(mail.subject).toBe('미팅 결과를 기록해 주세요: Super-Gap <Tech>, 2026년 10월 28일 (수)');
    expect(mail.text).toContain('Kim님, 안녕하세요.');
    expect(mail.text).toContain('- 오전 10:00 – Deep Fund (7번 테이블)');
    expect(mail.text).toContain('- 오후 2:30 – Hanbit (2번 테이블)');
  });
});

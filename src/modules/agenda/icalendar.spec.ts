import { describe, expect, it } from '@jest/globals';
import { buildCalendar, foldLine, vtimezone } from './icalendar';

describe('iCalendar output', () => {
  it('folds long lines at 75 octets without splitting a Korean character', () => {
    const line = `SUMMARY:${'양자컴퓨팅 '.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('describes a DST change inside the event with STANDARD and DAYLIGHT parts', () => {
    const lines = vtimezone('Europe/Berlin', new Date('2026-10-24T00:00:00Z'), new Date('2026-10-26T00:00:00Z'));
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('TZOFFSETFROM:+0200');
    expect(lines).toContain('TZOFFSETTO:+0100');
    expect(lines.filter((l) => l === 'BEGIN:STANDARD').length + lines.filter((l) => l === 'BEGIN:DAYLIGHT').length).toBe(2);
  });

  it('escapes text and keeps UID, SEQUENCE and STATUS per entry', () => {
    const ics = buildCalendar('Test', 'Asia/Seoul', [
      { uid: 'meeting-1@x', sequence: 2, status: 'CANCELLED', start: new Date('2026-10-28T00:00:00Z'), end: new Date('2026-10-28T00:30:00Z'), stamp: new Date('2026-10-01T00:00:00Z'), summary: 'A, B; C' },
    ]);
    expect(ics).toContain('UID:meeting-1@x\r\nSEQUENCE:2');
    expect(ics).toContain('DTSTART;TZID=Asia/Seoul:20261028T090000');
    expect(ics).toContain('SUMMARY:A\\, B\\; C');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('iCalendar text values', () => {
  it('turns every kind of line break into \\n and drops control characters, so no value starts a property', () => {
    const ics = buildCalendar('Test', 'Asia/Seoul', [
      { uid: 'm@x', sequence: 0, status: 'CONFIRMED', start: new Date('2026-10-28T00:00:00Z'), end: new Date('2026-10-28T00:30:00Z'), stamp: new Date('2026-10-01T00:00:00Z'),
        summary: 'Evil\rATTENDEE:mailto:x@y\nLOCATION:z\r\nDESCRIPTION:w\u0007\u0000', location: 'Hall\u2028B' },
    ]);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => /^(ATTENDEE|LOCATION|DESCRIPTION):/.test(l)).map((l) => l.split(':')[0])).toEqual(['LOCATION']);
    expect(ics).toContain('SUMMARY:Evil\\nATTENDEE:mailto:x@y\\nLOCATION:z\\nDESCRIPTION:w');
    expect(ics).toContain('LOCATION:Hall\\nB');
    expect(ics).not.toMatch(/[\u0000\u0007]/);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

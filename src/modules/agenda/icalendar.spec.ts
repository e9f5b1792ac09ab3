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

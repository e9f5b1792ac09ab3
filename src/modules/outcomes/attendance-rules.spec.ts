import { describe, expect, it } from '@jest/globals';
import { bookedAtStart, checkInWindow, meetingStatus, noShowAllowedFrom } from './attendance-rules';

const at = (iso: string) => new Date(iso);

describe('attendance rules', () => {
  it('is held with two check-ins or two "held" outcomes, else keeps the stored status', () => {
    expect(meetingStatus('booked', 2, 0)).toBe('held');
    expect(meetingStatus('booked', 1, 2)).toBe('held');
    expect(meetingStatus('booked', 1, 1)).toBe('booked');
    expect(meetingStatus('cancelled', 0, 0)).toBe('cancelled');
  });

  it('opens check-in 30 minutes before the start and closes it 12 hours after the end', () => {
    const start = at('2026-10-28T10:00:00+09:00');
    const end = at('2026-10-28T10:30:00+09:00');
    expect(checkInWindow(at('2026-10-28T09:29:00+09:00'), start, end)).toBe('not-yet');
    expect(checkInWindow(at('2026-10-28T09:30:00+09:00'), start, end)).toBe('open');
    expect(checkInWindow(at('2026-10-28T22:30:00+09:00'), start, end)).toBe('open');
    expect(checkInWindow(at('2026-10-28T22:31:00+09:00'), start, end)).toBe('closed');
  });

  it('allows a no-show ten minutes after the start', () => {
    expect(noShowAllowedFrom(at('2026-10-28T01:00:00Z')).toISOString()).toBe('2026-10-28T01:10:00.000Z');
  });

  it('counts a meeting cancelled after its start as booked at the start, not one cancelled before', () => {
    const startsAt = at('2026-10-28T01:00:00Z');
    expect(bookedAtStart({ status: 'cancelled', cancelledAt: at('2026-10-28T01:12:00Z'), startsAt })).toBe(true);
    expect(bookedAtStart({ status: 'cancelled', cancelledAt: at('2026-10-28T00:59:00Z'), startsAt })).toBe(false);
    expect(bookedAtStart({ status: 'booked', cancelledAt: null, startsAt })).toBe(true);
  });
});

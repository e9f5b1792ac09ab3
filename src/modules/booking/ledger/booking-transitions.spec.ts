import { describe, expect, it } from '@jest/globals';
import { REQUEST_STATUSES } from '../booking.entities';
import { MEETING_TRANSITIONS, REQUEST_TRANSITIONS, canRequestBecome, sourcesOf } from './booking-transitions';

describe('booking transitions', () => {
  it('lists every request status, and only known statuses as targets', () => {
    expect(Object.keys(REQUEST_TRANSITIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
    for (const targets of Object.values(REQUEST_TRANSITIONS)) for (const to of targets) expect(REQUEST_STATUSES).toContain(to);
  });

  it('follows the contract: pending → accepted → booked | unschedulable; pending → declined | withdrawn; booked → cancelled', () => {
    expect(canRequestBecome('pending', 'accepted')).toBe(true);
    expect(canRequestBecome('accepted', 'booked')).toBe(true);
    expect(canRequestBecome('accepted', 'unschedulable')).toBe(true);
    expect(canRequestBecome('pending', 'declined')).toBe(true);
    expect(canRequestBecome('pending', 'withdrawn')).toBe(true);
    expect(canRequestBecome('booked', 'cancelled')).toBe(true);
  });

  it('refuses going back or leaving a final status', () => {
    expect(canRequestBecome('accepted', 'pending')).toBe(false);
    expect(canRequestBecome('booked', 'declined')).toBe(false);
    expect(canRequestBecome('pending', 'booked')).toBe(false);
    for (const final of ['declined', 'withdrawn', 'cancelled'] as const) {
      for (const to of REQUEST_STATUSES) expect(canRequestBecome(final, to)).toBe(false);
    }
  });

  it('derives the statuses a change may start from', () => {
    expect(sourcesOf(REQUEST_TRANSITIONS, 'booked').sort()).toEqual(['accepted', 'booked', 'unschedulable']);
    expect(sourcesOf(REQUEST_TRANSITIONS, 'withdrawn')).toEqual(['pending']);
    expect(sourcesOf(MEETING_TRANSITIONS, 'cancelled')).toEqual(['booked']);
  });
});

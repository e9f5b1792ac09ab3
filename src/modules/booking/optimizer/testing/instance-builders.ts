import type { ScheduleInstance, ScheduleParticipant, ScheduleRequest } from '../schedule.types';

/** Terse builders for hand-made test instances. */
export const startup = (id: string, blocked: number[] = [], maxPerDay?: number): ScheduleParticipant =>
  maxPerDay === undefined ? { id, side: 'startup', blocked } : { id, side: 'startup', blocked, maxPerDay };

export const counterpart = (id: string, blocked: number[] = [], maxPerDay?: number): ScheduleParticipant =>
  maxPerDay === undefined ? { id, side: 'counterpart', blocked } : { id, side: 'counterpart', blocked, maxPerDay };

export const request = (id: string, s: string, c: string, value: number): ScheduleRequest => ({
  id,
  startup: s,
  counterpart: c,
  value,
});

export function instanceOf(
  shape: { days?: number; slotsPerDay: number; tables: number },
  participants: ScheduleParticipant[],
  requests: ScheduleRequest[],
  extra: Partial<ScheduleInstance> = {},
): ScheduleInstance {
  return { days: shape.days ?? 1, slotsPerDay: shape.slotsPerDay, tables: shape.tables, participants, requests, ...extra };
}

/** The instance of PRODUCT.md's "Offline planner" section, as a fresh plain object each call. */
export const productExampleInstance = () => ({
  days: 2,
  slotsPerDay: 18,
  tables: 150,
  participants: [
    { id: 's-1', side: 'startup', blocked: [0, 1, 2] },
    { id: 'i-7', side: 'counterpart', maxPerDay: 10, blocked: [] },
  ],
  requests: [{ id: 'r-1', startup: 's-1', counterpart: 'i-7', value: 87 }],
});

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

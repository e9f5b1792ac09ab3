/**
 * Plain data of the meeting-schedule optimizer (the offline planner's file format, see PRODUCT.md).
 * Slot `t` lies on day `floor(t / slotsPerDay)`; tables are numbered 1..tables.
 */
export type ParticipantSide = 'startup' | 'counterpart';

export interface ScheduleParticipant {
  id: string;
  side: ParticipantSide;
  /** Slots this participant cannot meet in (availability, IR pitch); duplicates are tolerated. */
  blocked: number[];
  /** Meetings per day at most; absent = no cap. */
  maxPerDay?: number;
}

export interface ScheduleRequest {
  id: string;
  startup: string;
  counterpart: string;
  /** Positive worth of holding this meeting (the service derives it from score and mutual interest). */
  value: number;
}

/** A meeting that is already placed (e.g. published) and must be kept as it is. */
export interface FixedMeeting {
  request: string;
  slot: number;
  table: number;
}

export interface ScheduleInstance {
  days: number;
  slotsPerDay: number;
  tables: number;
  /** Optional per-slot table count (0..tables): only tables 1..tablesBySlot[t] can be used in slot t. */
  tablesBySlot?: number[];
  participants: ScheduleParticipant[];
  requests: ScheduleRequest[];
  fixed?: FixedMeeting[];
}

export interface PlannedMeeting {
  request: string;
  slot: number;
  table: number;
}

export interface UnscheduledRequest {
  request: string;
  reason: string;
}

/** The individual count bounds; `upperBound` is the smallest of them (plus the fixed meetings). */
export interface CountBounds {
  feasibleRequests: number;
  startupCapacity: number;
  counterpartCapacity: number;
  slotCapacity: number;
  maxFlow: number;
}

export interface PlanStats {
  requests: number;
  booked: number;
  value: number;
  /** No valid plan (keeping the fixed meetings) books more meetings than this. */
  upperBound: number;
  /** No valid plan (keeping the fixed meetings) reaches a higher total value than this. */
  valueUpperBound: number;
  ms: number;
  fixed: number;
  unscheduled: number;
  startupsWithRequests: number;
  /** Startups with at least one request that has a common free slot. */
  startupsThatCanMeet: number;
  /** No plan seats more startups than this (a maximum matching of startups to counterparts' free capacity). */
  startupsSeatable: number;
  startupsWithMeeting: number;
  countBounds: CountBounds;
}

export interface SchedulePlan {
  meetings: PlannedMeeting[];
  unscheduled: UnscheduledRequest[];
  stats: PlanStats;
}

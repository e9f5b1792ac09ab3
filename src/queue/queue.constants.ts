/** Every queue and job the worker knows; payloads carry ids only, the handler reloads what it needs. */
export enum QueueName {
  Matching = 'matching',
  Booking = 'booking',
  Outcomes = 'outcomes',
}

export enum JobName {
  ScoreParty = 'score-party',
  ScoreEvent = 'score-event',
  BookRequest = 'book-request',
  ScheduleRun = 'schedule-run',
  IrAllocation = 'ir-allocation',
  Reconcile = 'reconcile',
  OutcomeReminders = 'outcome-reminders',
}

export interface JobPayloads {
  [JobName.ScoreParty]: { eventId: string; party: { kind: 'startup' | 'investor' | 'demand'; id: string } };
  [JobName.ScoreEvent]: { eventId: string; runId: string };
  [JobName.BookRequest]: { requestId: string };
  [JobName.ScheduleRun]: { runId: string };
  [JobName.IrAllocation]: { runId: string };
  [JobName.Reconcile]: Record<string, never>;
  [JobName.OutcomeReminders]: Record<string, never>;
}
export type JobOf<N extends JobName> = JobPayloads[N];

import type { JobsOptions } from 'bullmq';
import type { PartyKind } from '../common/domain/party-kind';
import type { EnvironmentVariables } from '../config/env.validation';

/**
 * Every queue and job the worker knows. Payloads carry ids only; the handler reloads what it needs and skips
 * what is gone or done. To add a job: a `JobName`, its `JobItem` member, its entry in `JOBS` (queue, id,
 * options) and one `@OnJob(JobName.X)` handler method; the worker refuses to start while a job has no handler
 * or two. A new queue also gets an entry in `QUEUES` (and its processor class in `job.processors.ts`).
 */
export enum QueueName {
  Matching = 'matching',
  Booking = 'booking',
  Mail = 'mail',
}

export enum JobName {
  ScoreParty = 'score-party',
  ScoreEvent = 'score-event',
  BookRequest = 'book-request',
  ScheduleRun = 'schedule-run',
  ScheduleRunNotify = 'schedule-run.notify',
  IrAllocation = 'ir-allocation',
  Reconcile = 'reconcile',
  SendMail = 'send-mail',
  MailSweep = 'mail-sweep',
  OutcomeReminders = 'outcome-reminders',
}

export type JobItem =
  | { name: JobName.ScoreParty; data: { eventId: string; party: { kind: PartyKind; id: string } } }
  | { name: JobName.ScoreEvent; data: { eventId: string; runId: string } }
  | { name: JobName.BookRequest; data: { requestId: string } }
  | { name: JobName.ScheduleRun; data: { runId: string } }
  | { name: JobName.ScheduleRunNotify; data: { runId: string } }
  | { name: JobName.IrAllocation; data: { runId: string } }
  | { name: JobName.Reconcile; data: Record<string, never> }
  | { name: JobName.SendMail; data: { outboxId: string } }
  | { name: JobName.MailSweep; data: Record<string, never> }
  | { name: JobName.OutcomeReminders; data: Record<string, never> };

/** A job's payload type: the parameter of its handler. */
export type JobOf<N extends JobName> = Extract<JobItem, { name: N }>['data'];

/** Per queue: how many jobs one worker process runs at once (full scoring runs are CPU-heavy: one). */
export const QUEUES: Record<QueueName, { concurrency: number }> = {
  [QueueName.Matching]: { concurrency: 1 },
  [QueueName.Booking]: { concurrency: 4 },
  // Sending waits on the SMTP server, not the CPU.
  [QueueName.Mail]: { concurrency: 4 },
};

/** Fire-and-forget jobs leave no record in Redis: the database holds their outcome. */
const TRANSIENT = { removeOnComplete: true, removeOnFail: true } as const;

/**
 * The one place that says which queue runs a job and how it is identified: a predictable `jobId` makes queueing
 * the same work twice harmless. Options not given here come from the queue defaults in `queue.module.ts`.
 */
export const JOBS: { [N in JobName]: { queue: QueueName; options(data: JobOf<N>): JobsOptions } } = {
  // One job per party at a time; edits made while it runs are caught by its loop over score_requests.
  [JobName.ScoreParty]: { queue: QueueName.Matching, options: ({ eventId, party }) => ({ jobId: `score_${eventId}_${party.kind}_${party.id}`, ...TRANSIENT }) },
  [JobName.ScoreEvent]: { queue: QueueName.Matching, options: ({ runId }) => ({ jobId: `match-run_${runId}` }) },
  [JobName.BookRequest]: { queue: QueueName.Booking, options: ({ requestId }) => ({ jobId: `book_${requestId}`, ...TRANSIENT }) },
  [JobName.ScheduleRun]: { queue: QueueName.Booking, options: ({ runId }) => ({ jobId: `schedule-run_${runId}` }) },
  // Writes a done run's notifications; the run row says whether that happened, so the sweep can queue it again.
  [JobName.ScheduleRunNotify]: { queue: QueueName.Booking, options: ({ runId }) => ({ jobId: `schedule-run-notify_${runId}`, ...TRANSIENT }) },
  [JobName.IrAllocation]: { queue: QueueName.Booking, options: ({ runId }) => ({ jobId: `ir-allocation_${runId}` }) },
  [JobName.Reconcile]: { queue: QueueName.Booking, options: () => ({ removeOnComplete: true, removeOnFail: 100 }) },
  // Mail has its own queue (a slow SMTP server never holds up booking) and retries for a while: about 4 minutes
  // over 8 attempts; a message that still fails stays in the failed list (and its outbox row 'failed') for an operator.
  [JobName.SendMail]: {
    queue: QueueName.Mail,
    options: ({ outboxId }) => ({ jobId: `mail_${outboxId}`, attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: 5000 }),
  },
  [JobName.MailSweep]: { queue: QueueName.Mail, options: () => ({ removeOnComplete: true, removeOnFail: 100 }) },
  [JobName.OutcomeReminders]: { queue: QueueName.Booking, options: () => ({ removeOnComplete: true, removeOnFail: 100 }) },
};

/** Repeatable jobs: one runs per interval however many workers there are (registered by the worker at boot). */
export const RECURRING_JOBS: { name: JobName; schedulerId: string; everyMs(env: EnvironmentVariables): number }[] = [
  { name: JobName.Reconcile, schedulerId: 'reconcile', everyMs: (env) => env.RECONCILE_INTERVAL_SECONDS * 1000 },
  // Queues mail whose job was lost (a crash between commit and queueing, Redis losing its data).
  { name: JobName.MailSweep, schedulerId: 'mail-sweep', everyMs: (env) => env.RECONCILE_INTERVAL_SECONDS * 1000 },
  // Reminders to record outcomes after each event day; claiming rows makes a repeated run send nothing twice.
  { name: JobName.OutcomeReminders, schedulerId: 'outcome-reminders', everyMs: (env) => env.RECONCILE_INTERVAL_SECONDS * 1000 },
];

export function jobOptions<N extends JobName>(name: N, data: JobOf<N>): JobsOptions {
  return (JOBS[name].options as (data: JobOf<N>) => JobsOptions)(data);
}

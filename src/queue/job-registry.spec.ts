import { describe, expect, it } from '@jest/globals';
import { handlerMap, type FoundHandler } from './job-registry';
import { JobName, JOBS, jobOptions, QueueName } from './queue.constants';

const handler = (name: JobName, where: string): FoundHandler => ({ name, where, handle: async () => where });

describe('job handler registry', () => {
  it('maps each job to its one handler', async () => {
    const map = handlerMap(Object.values(JobName).map((n) => handler(n, `H.${n}`)));
    expect(map.size).toBe(Object.values(JobName).length);
    expect(await map.get(JobName.BookRequest)!.handle({}, null)).toBe(`H.${JobName.BookRequest}`);
  });

  it('refuses to start with a job that has no handler', () => {
    const found = Object.values(JobName).filter((n) => n !== JobName.Reconcile).map((n) => handler(n, `H.${n}`));
    expect(() => handlerMap(found)).toThrow(`job ${JobName.Reconcile} has no handler`);
  });

  it('refuses to start with a job that has two handlers, naming both', () => {
    const found = [...Object.values(JobName).map((n) => handler(n, `A.${n}`)), handler(JobName.ScoreEvent, 'B.score')];
    expect(() => handlerMap(found)).toThrow(`job ${JobName.ScoreEvent} has two handlers: A.${JobName.ScoreEvent} and B.score`);
  });
});

describe('job ids and options', () => {
  it('gives every job a queue, and the same work the same id (queueing twice is harmless)', () => {
    for (const name of Object.values(JobName)) expect(Object.values(QueueName)).toContain(JOBS[name].queue);
    const a = jobOptions(JobName.ScoreParty, { eventId: 'e', party: { kind: 'startup', id: 's' } });
    const b = jobOptions(JobName.ScoreParty, { eventId: 'e', party: { kind: 'startup', id: 's' } });
    expect(a.jobId).toBe(b.jobId);
    expect(jobOptions(JobName.ScoreParty, { eventId: 'e', party: { kind: 'investor', id: 's' } }).jobId).not.toBe(a.jobId);
    expect(jobOptions(JobName.BookRequest, { requestId: 'r1' }).jobId).toBe('book_r1');
    expect(jobOptions(JobName.ScheduleRun, { runId: 'x' }).jobId).not.toBe(jobOptions(JobName.IrAllocation, { runId: 'x' }).jobId);
  });
});

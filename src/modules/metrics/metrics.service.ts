import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { processRegistry } from '../../common/metrics/process-metrics';
import { QueueName } from '../../queue/queue.constants';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/**
 * The Prometheus text of this process: process-wide metrics (HTTP, jobs, bookings, mail) plus gauges read at scrape
 * time from Redis (queue depths) and PostgreSQL (runs, mail outbox). Every API process reports the same gauges.
 */
@Injectable()
export class MetricsService {
  private readonly registry = new Registry();

  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    const queues = () => Object.values(QueueName).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    new Gauge({
      name: 'sgm_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed, ...) in Redis',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues()) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: 'sgm_runs',
      help: 'Match runs, schedule runs and IR allocations by status',
      labelNames: ['kind', 'status'] as const,
      registers: [this.registry],
      collect: async function (this: Gauge<'kind' | 'status'>) {
        this.reset();
        const rows: { kind: string; status: string; n: number }[] = await db.query(
          `SELECT 'match' AS kind, status, count(*)::int AS n FROM match_runs GROUP BY status
           UNION ALL SELECT kind, status, count(*)::int FROM booking_runs GROUP BY kind, status`,
        );
        for (const r of rows) this.set({ kind: r.kind, status: r.status }, r.n);
      },
    });
    new Gauge({
      name: 'sgm_run_oldest_active_seconds',
      help: 'Age of the oldest queued or running run per kind (0 when none): a stuck run shows here',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      collect: async function (this: Gauge<'kind'>) {
        this.reset();
        const rows: { kind: string; age: number }[] = await db.query(
          `SELECT kind, coalesce(max(extract(epoch FROM now() - created_at)), 0)::float AS age FROM (
             SELECT 'match' AS kind, created_at FROM match_runs WHERE status IN ('queued', 'running')
             UNION ALL SELECT kind, created_at FROM booking_runs WHERE status IN ('queued', 'running')) r GROUP BY kind`,
        );
        for (const kind of ['match', 'schedule', 'ir-allocation']) this.set({ kind }, rows.find((r) => r.kind === kind)?.age ?? 0);
      },
    });
  }

  /** Adds a scrape-time gauge owned by another module (e.g. the mail outbox). */
  register(gauge: Gauge<string>): void {
    this.registry.registerMetric(gauge);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async render(): Promise<string> {
    return Registry.merge([processRegistry, this.registry]).metrics();
  }
}

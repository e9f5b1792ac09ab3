import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QueueName } from '../../queue/queue.constants';
import { DASHBOARD_PATH, QueueDashboardAccess, QueueDashboardTokens } from './queue-dashboard-access';
import { QueueDashboardController } from './queue-dashboard.controller';

/**
 * Bull Board at /admin/queues for organizers (API processes only): every queue, retry and clean included, behind
 * QueueDashboardAccess. Mounted here rather than with @bull-board/nestjs, which is CommonJS requiring the ESM-only
 * @nestjs/common: Node loads that, Jest's ESM runtime does not, and the tests must run the real dashboard.
 */
@Module({
  providers: [QueueDashboardTokens, QueueDashboardAccess],
  controllers: [QueueDashboardController],
})
export class QueueDashboardModule implements NestModule {
  constructor(private readonly moduleRef: ModuleRef) {}

  configure(consumer: MiddlewareConsumer): void {
    const server = new ExpressAdapter();
    server.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }))),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Supergap Match queues' } },
    });
    consumer.apply(QueueDashboardAccess, server.getRouter()).forRoutes(DASHBOARD_PATH);
  }
}

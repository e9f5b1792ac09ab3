import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { QueueName } from '../../queue/queue.constants';
import { DASHBOARD_PATH, QueueDashboardAccess, QueueDashboardTokens } from './queue-dashboard-access';
import { QueueDashboardController } from './queue-dashboard.controller';

/**
 * Bull Board at /admin/queues for organizers (API processes only): every queue, retry and clean included, behind
 * QueueDashboardAccess. Registered here as a Fastify plugin rather than with @bull-board/nestjs, which is CommonJS
 * requiring the ESM-only @nestjs/common: Node loads that, Jest's ESM runtime does not, and the tests must run the
 * real dashboard.
 */
@Module({
  providers: [QueueDashboardTokens, QueueDashboardAccess],
  controllers: [QueueDashboardController],
})
export class QueueDashboardModule implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: QueueDashboardAccess,
  ) {}

  onModuleInit(): void {
    const server = new FastifyAdapter();
    server.setBasePath(DASHBOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }))),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Supergap Match queues' } },
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // One scope: the access check runs before every dashboard route (pages, assets, its API) and nothing else.
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', (request, reply) => this.access.check(request, reply));
      await scope.register(server.registerPlugin(), { prefix: DASHBOARD_PATH });
    });
  }
}

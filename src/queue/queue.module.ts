import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { ContextQueue, InstrumentedWorker } from './instrumented-queue';
import { JobQueue } from './job-queue.service';
import { QueueName } from './queue.constants';
import { redisOptions, RedisModule } from './redis.provider';

// Every queue stamps the request id on its jobs; every worker logs and measures its jobs (set before registerQueue).
BullModule.queueClass = ContextQueue;
BullModule.workerClass = InstrumentedWorker;

/** BullMQ over ioredis. Completed jobs are trimmed; the database keeps the results. */
@Global()
@Module({
  imports: [
    RedisModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.env.REDIS_URL) as ConnectionOptions,
        prefix: config.env.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 500 },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
        },
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [JobQueue],
  exports: [BullModule, RedisModule, JobQueue],
})
export class QueueModule {}

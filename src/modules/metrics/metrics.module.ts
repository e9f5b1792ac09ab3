import { DynamicModule, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { WorkerMetricsServer } from './worker-metrics.server';

/** GET /metrics on the API; on a worker-only process, a small server on METRICS_PORT. */
@Module({})
export class MetricsModule {
  static forRoot(options: { api: boolean }): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: options.api ? [MetricsController] : [],
      providers: [MetricsService, ...(options.api ? [] : [WorkerMetricsServer])],
      exports: [MetricsService],
    };
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { AppConfig } from '../../config/app-config';
import { metricsAccess } from './metrics-access';
import { MetricsService } from './metrics.service';

/**
 * A worker process has no API; with METRICS_PORT set it answers GET /metrics (same access rule as the API) and
 * GET /health (200 while it runs: container health checks) on that port.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.env.METRICS_PORT;
    if (!port) return;
    this.server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (req.method === 'GET' && path === '/metrics') {
        if (metricsAccess(req.socket.remoteAddress, req.headers, this.config.env.METRICS_TOKEN) !== 'allowed') {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"statusCode":401,"code":"unauthenticated","message":"Metrics need a token"}');
          return;
        }
        this.metrics.render().then(
          (body) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(body),
          (err: Error) => res.writeHead(500).end(err.message),
        );
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(port, resolve));
    this.logger.log(`metrics on :${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

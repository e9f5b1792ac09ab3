import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Metrics recorded by code outside dependency injection (HTTP middleware, BullMQ workers, the after-commit hook):
 * one registry per process. Collectors that need the app (queue depths, runs) live in MetricsService.
 */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status code',
  labelNames: ['method', 'route', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processRegistry],
});

export const jobDuration = new Histogram({
  name: 'sgm_job_duration_seconds',
  help: 'Background jobs by queue, job name and outcome (completed or failed)',
  labelNames: ['queue', 'job', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [processRegistry],
});

export const jobFailures = new Counter({
  name: 'sgm_job_failures_total',
  help: 'Failed job attempts by queue and job name (a retried job counts once per failed attempt)',
  labelNames: ['queue', 'job'] as const,
  registers: [processRegistry],
});

export const bookingChanges = new Counter({
  name: 'sgm_bookings_total',
  help: 'Committed booking changes by subject (meeting or pitch) and change (booked, moved, cancelled)',
  labelNames: ['subject', 'change'] as const,
  registers: [processRegistry],
});

export const mailSent = new Counter({
  name: 'sgm_mail_sent_total',
  help: 'E-mails handed to the SMTP server, and send attempts that failed',
  labelNames: ['outcome'] as const,
  registers: [processRegistry],
});

/** A request as the HTTP hooks see it: the route pattern the server matched (none when no route did). */
export type RoutedRequest = IncomingMessage & { id?: string; routePattern?: string };

/**
 * Times every HTTP request under its route pattern (`/v1/events/:eventId`), never the raw URL, so ids do not
 * explode the label set; requests no route matched, or only a catch-all (`*`, the web app's pages), are `(unmatched)`.
 */
export function httpMetricsMiddleware(req: RoutedRequest, res: ServerResponse, next: () => void): void {
  const end = httpRequestDuration.startTimer();
  res.once('finish', () => {
    const pattern = req.routePattern;
    const route = typeof pattern === 'string' && !pattern.includes('*') ? pattern : '(unmatched)';
    end({ method: req.method, route, status_code: String(res.statusCode) });
  });
  next();
}

import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { AppConfig } from '../../config/app-config';
import { currentContext } from './request-context';

/** Nest's level names (LOG_LEVEL) in pino's terms. */
const PINO_LEVEL: Record<string, string> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a logged object: credentials must never reach the
 * logs, whoever logs them (request serializers below already drop headers and bodies).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]',
  'password', '*.password', 'newPassword', '*.newPassword', 'currentPassword', '*.currentPassword',
  'accessToken', '*.accessToken', 'token', '*.token', 'authorization', '*.authorization',
  'secret', '*.secret', 'smtpUrl', '*.smtpUrl', 'cookie', '*.cookie',
];

type Req = IncomingMessage & { originalUrl?: string };

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: PINO_LEVEL[config.env.LOG_LEVEL] ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: Req) => ({ method: req.method, url: stripQuery(req.originalUrl ?? req.url ?? ''), remoteAddress: req.socket?.remoteAddress }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      // Lines written while serving a request carry its `reqId`; a job's lines carry the job and the request that
      // queued it. Both come from the context requestIdMiddleware / the job runner opened.
      mixin: () => {
        const context = currentContext();
        if (!context) return {};
        return context.source === 'job' ? { reqId: context.reqId, queue: context.queue, job: context.job, jobId: context.jobId } : { reqId: context.reqId };
      },
    },
    // No pino-http middleware: its two child loggers a request (the request serialised into each, redaction set up)
    // cost ~10 % of a small request's CPU whether or not anything is logged. requestLogMiddleware writes the
    // completion line, and the mixin above puts the request id on every other line.
    forRoutes: [],
  };
}

const levelOf = (status: number) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/** Scrapes and probes every few seconds would drown the log. */
const UNLOGGED = /^\/(metrics|health)(\/|\?|$)/;

/**
 * One line when a request ends: method, path, status and time under the request's id, at `error` for 5xx, `warn`
 * for 4xx and `info` otherwise; a connection the client closed before the answer was sent is a `warn` line "request
 * aborted". Built only when that level is enabled.
 */
export function requestLogMiddleware(req: Req & { id?: string }, res: ServerResponse, next: () => void): void {
  if (UNLOGGED.test(req.url ?? '')) return next();
  const started = Date.now();
  const reqId = req.id;
  const done = () => {
    res.off('finish', done);
    res.off('close', done);
    const logger = PinoLogger.root;
    const aborted = !res.writableFinished;
    const level = aborted ? 'warn' : levelOf(res.statusCode);
    if (!logger?.isLevelEnabled(level)) return;
    const fields = { reqId, req, res, responseTime: Date.now() - started };
    if (aborted) logger.warn(fields, 'request aborted');
    else if (res.statusCode >= 500) logger.error({ ...fields, err: new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
    else logger[level](fields, 'request completed');
  };
  res.on('finish', done);
  res.on('close', done);
  next();
}

/** Query strings may carry tokens (links, filters with e-mails): paths only in the logs. */
const stripQuery = (url: string) => url.split('?')[0];

@Module({
  imports: [LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerParams })],
})
export class LoggingModule {}

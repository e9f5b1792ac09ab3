import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, type Params } from 'nestjs-pino';
import { AppConfig } from '../../config/app-config';
import { acceptRequestId, currentContext } from './request-context';

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
      // The request id comes from requestIdMiddleware (which runs first); a fallback for anything else.
      genReqId: (req) => req.id ?? acceptRequestId(req.headers['x-request-id']),
      // Every line inside a request carries only `reqId`; the completion line has method, path, status and time.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'reqId' },
      serializers: {
        req: (req: Req) => ({ method: req.method, url: stripQuery(req.originalUrl ?? req.url ?? ''), remoteAddress: req.socket?.remoteAddress }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Scrapes and probes every few seconds would drown the log.
      autoLogging: { ignore: (req: Req) => /^\/(metrics|health)(\/|\?|$)/.test(req.url ?? '') },
      // Jobs have no pino-http child logger: their lines get the job and the request that queued it from here.
      mixin: () => {
        const context = currentContext();
        return context?.source === 'job' ? { reqId: context.reqId, queue: context.queue, job: context.job, jobId: context.jobId } : {};
      },
    },
  };
}

/** Query strings may carry tokens (links, filters with e-mails): paths only in the logs. */
const stripQuery = (url: string) => url.split('?')[0];

@Module({
  imports: [LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerParams })],
})
export class LoggingModule {}

import { afterEach, describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import { pinoHttp, type Options } from 'pino-http';
import type { AppConfig } from '../../config/app-config';
import { loggerParams, requestLogMiddleware } from './logging.module';

/** The app's root logger (as nestjs-pino builds it from loggerParams) writing its JSON lines into `lines`. */
function rootLogger(level: string, lines: Record<string, unknown>[]) {
  const params = loggerParams({ env: { LOG_LEVEL: level } } as unknown as AppConfig);
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const { logger } = pinoHttp(params.pinoHttp as Options, sink);
  (PinoLogger as unknown as { root: unknown }).root = logger;
}

/** A request through the middleware: `end` is how it ends (answered with a status, or the client gone first). */
function serve(url: string, end: { status: number } | 'client-closed') {
  const req = { url, originalUrl: url, method: 'GET', id: 'req-0001', socket: { remoteAddress: '127.0.0.1' } } as unknown as Parameters<typeof requestLogMiddleware>[0];
  const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false }) as unknown as ServerResponse & EventEmitter;
  let nextCalled = false;
  requestLogMiddleware(req, res, () => (nextCalled = true));
  if (end === 'client-closed') res.emit('close');
  else {
    Object.assign(res, { statusCode: end.status, headersSent: true, writableFinished: true });
    res.emit('finish');
    res.emit('close'); // both fire on a normal answer: one line only
  }
  return nextCalled;
}

describe('request log', () => {
  const original = PinoLogger.root;
  afterEach(() => {
    (PinoLogger as unknown as { root: unknown }).root = original;
  });

  it('writes one line per request with its id, method, path without the query, status and time', () => {
    const lines: Record<string, unknown>[] = [];
    rootLogger('log', lines);
    expect(serve('/v1/events/e1/matches?limit=20&token=secret', { status: 200 })).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30, reqId: 'req-0001', msg: 'request completed',
      req: { method: 'GET', url: '/v1/events/e1/matches' }, res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });

  it('logs 4xx as warn, 5xx as error with an error, and a client that left first as warn "request aborted"', () => {
    const lines: Record<string, unknown>[] = [];
    rootLogger('log', lines);
    serve('/v1/me', { status: 404 });
    serve('/v1/me', { status: 503 });
    serve('/v1/me', 'client-closed');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'request completed'], [50, 'request errored'], [40, 'request aborted']]);
    expect(lines[1].err).toMatchObject({ message: 'failed with status code 503' });
  });

  it('writes nothing below the configured level, nor for health checks and metric scrapes', () => {
    const lines: Record<string, unknown>[] = [];
    rootLogger('warn', lines);
    serve('/v1/sectors', { status: 200 });
    serve('/health', { status: 503 });
    serve('/metrics', { status: 500 });
    expect(lines).toEqual([]);
    serve('/v1/sectors', { status: 400 });
    expect(lines).toHaveLength(1);
  });
});

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every log line of one unit of work carries: the HTTP request, or the job (with the request that queued it). */
export interface RequestContext {
  reqId: string;
  source: 'http' | 'job';
  queue?: string;
  job?: string;
  jobId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const currentContext = (): RequestContext | undefined => storage.getStore();
export const currentRequestId = (): string | undefined => storage.getStore()?.reqId;
export const runInContext = <T>(context: RequestContext, fn: () => T): T => storage.run(context, fn);

/** Incoming ids are kept only when they are short and plain, so a client cannot inject text into the logs. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;
export const acceptRequestId = (incoming: unknown): string =>
  typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * First middleware of the HTTP stack: takes a sane `X-Request-Id` or makes one, returns it in the response and
 * opens the context that the logger, the job producer and the error filter read.
 */
export function requestIdMiddleware(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
  // The server may have chosen the id already (Fastify's genReqId does, with acceptRequestId).
  const reqId = req.id ?? acceptRequestId(req.headers['x-request-id']);
  req.id = reqId;
  res.setHeader(REQUEST_ID_HEADER, reqId);
  storage.run({ reqId, source: 'http' }, next);
}

import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest as Request } from 'fastify';
import type { Observable } from 'rxjs';
import { AppError, ErrorCode } from '../errors/app-error';

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/** Query parameters whose percent-encoding is not UTF-8 (Express would pass them on undecoded). */
export function undecodableQueryParams(url: string): string[] {
  const q = url.indexOf('?');
  // decodeURIComponent fails only on a '%' sequence: a query without one (nearly every request) decodes.
  if (q < 0 || url.indexOf('%', q) < 0) return [];
  const bad: string[] = [];
  for (const pair of url.slice(q + 1).split('&')) {
    const [key, value = ''] = pair.split('=');
    try {
      decodeURIComponent(value.replace(/\+/g, ' '));
      decodeURIComponent(key);
    } catch {
      let name = key;
      try {
        name = decodeURIComponent(key);
      } catch {
        name = 'query';
      }
      bad.push(name.replace(/\[.*$/, ''));
    }
  }
  return bad;
}

/**
 * Query strings decode as UTF-8; PUT and PATCH carry a body, and a PATCH changes at least one field. Runs after the
 * guards (authorization before validation) and before the pipes. That bodies are UTF-8 JSON (else 415) is the body
 * parser's rule (`acceptJsonBodiesOnly` in app.setup.ts), which runs before any of this.
 */
@Injectable()
export class RequestShapeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const badParams = undecodableQueryParams(req.originalUrl ?? req.url);
    if (badParams.length) {
      const errors = badParams.map((field) => ({ field, message: `${field} must be valid UTF-8 text` }));
      throw new AppError(ErrorCode.ValidationFailed, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    if (req.method === 'PUT' || req.method === 'PATCH') {
      if (!hasBody(req)) {
        throw new AppError(ErrorCode.ValidationFailed, 'A JSON body is required', [{ field: 'body', message: 'a JSON body is required' }]);
      }
      const body: unknown = req.body;
      if (req.method === 'PATCH' && body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) {
        throw new AppError(ErrorCode.ValidationFailed, 'Send at least one field to change', [{ field: 'body', message: 'send at least one field to change' }]);
      }
    }
    return next.handle();
  }
}

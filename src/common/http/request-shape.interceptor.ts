import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError, ErrorCode } from '../errors/app-error';

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/**
 * Bodies are JSON: anything else with content is 415. PUT and PATCH carry a body, and a PATCH changes at least
 * one field. Runs after the guards (authorization before validation) and before the pipes.
 */
@Injectable()
export class RequestShapeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) {
      if (hasBody(req) && !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
        throw new AppError(ErrorCode.UnsupportedMediaType, 'Request bodies must be JSON (Content-Type: application/json)');
      }
      if ((req.method === 'PUT' || req.method === 'PATCH') && !hasBody(req)) {
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

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { currentRequestId } from '../logging/request-context';
import { AppError, ErrorCode, type FieldError } from './app-error';

const STATUS_CODE: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyAttempts,
};

/** body-parser's error types, answered the same whether Nest wrapped them or not. */
const BODY_PARSER_ERRORS: Record<string, ErrorBody> = {
  'entity.parse.failed': { statusCode: 400, code: ErrorCode.MalformedJson, message: 'Request body is not valid JSON' },
  'entity.too.large': { statusCode: 413, code: ErrorCode.PayloadTooLarge, message: 'Request body is too large' },
};

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
}

/** Maps every error to `{statusCode, code, message, errors?}`; never leaks stack traces or SQL. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { body, headers } = this.toBody(exception);
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): { body: ErrorBody; headers?: Record<string, string> } {
    if (exception instanceof AppError) {
      return {
        body: {
          ...exception.details, statusCode: exception.status, code: exception.code, message: exception.message,
          ...(exception.errors ? { errors: exception.errors } : {}),
        },
        headers: exception.headers,
      };
    }
    // body-parser errors (malformed JSON, too large) arrive plain or wrapped by Nest in an HttpException's cause.
    const parserError = exception as { type?: string; status?: number; cause?: { type?: string } };
    const parsed = BODY_PARSER_ERRORS[parserError?.type ?? parserError?.cause?.type ?? ''];
    if (parsed) return { body: parsed };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? exception.message);
      // The health check's report (which store is down) is kept next to the usual fields.
      if (status === HttpStatus.SERVICE_UNAVAILABLE && typeof response === 'object' && 'details' in response) {
        return { body: { ...(response as object), statusCode: status, code: ErrorCode.ServiceUnavailable, message: 'A dependency is down' } as ErrorBody };
      }
      return { body: { statusCode: status, code: STATUS_CODE[status] ?? 'http_error', message } };
    }
    if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
      return { body: { statusCode: parserError.status, code: STATUS_CODE[parserError.status] ?? 'bad_request', message: 'Bad request' } };
    }
    // The request id (also in the X-Request-Id header and on every log line of the request) is the reference.
    const correlationId = currentRequestId() ?? randomUUID();
    this.logger.error(`[${correlationId}] ${exception instanceof Error ? exception.stack : String(exception)}`);
    return {
      body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.Internal, message: `Internal error (reference ${correlationId})` },
    };
  }
}

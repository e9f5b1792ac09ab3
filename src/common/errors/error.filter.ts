import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { isStoreUnavailable } from '../../database/pg-errors';
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

/** The server's errors about a request's body (Fastify's content-type parsing), by their `code`. */
const BODY_PARSER_ERRORS: Record<string, ErrorBody> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { statusCode: 400, code: ErrorCode.MalformedJson, message: 'Request body is not valid JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { statusCode: 413, code: ErrorCode.PayloadTooLarge, message: 'Request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    statusCode: 415, code: ErrorCode.UnsupportedMediaType, message: 'Request bodies must be JSON (Content-Type: application/json)',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { statusCode: 400, code: ErrorCode.ValidationFailed, message: 'Content-Length does not match the body' },
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
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, headers } = this.toBody(exception);
    if (headers) reply.headers(headers);
    reply.status(body.statusCode).send(body);
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
    // Body errors (malformed JSON, too large, not JSON) arrive plain or wrapped by Nest in an HttpException's cause.
    const parserError = exception as { code?: string; status?: number; statusCode?: number; cause?: { code?: string } };
    const parsed = BODY_PARSER_ERRORS[parserError?.code ?? parserError?.cause?.code ?? ''];
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
    // Other client errors the server raises itself (Fastify's FST_ERR_* with a 4xx statusCode).
    const clientStatus = parserError?.statusCode ?? parserError?.status;
    if (clientStatus && clientStatus >= 400 && clientStatus < 500) {
      return { body: { statusCode: clientStatus, code: STATUS_CODE[clientStatus] ?? 'bad_request', message: 'Bad request' } };
    }
    if (isStoreUnavailable(exception)) {
      this.logger.warn(`store unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      return {
        body: { statusCode: HttpStatus.SERVICE_UNAVAILABLE, code: ErrorCode.ServiceUnavailable, message: 'A data store is unavailable; retry shortly' },
        headers: { 'Retry-After': '1' },
      };
    }
    // The request id (also in the X-Request-Id header and on every log line of the request) is the reference.
    const correlationId = currentRequestId() ?? randomUUID();
    this.logger.error(`[${correlationId}] ${exception instanceof Error ? exception.stack : String(exception)}`);
    return {
      body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.Internal, message: `Internal error (reference ${correlationId})` },
    };
  }
}

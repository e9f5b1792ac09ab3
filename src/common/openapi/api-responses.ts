import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema } from '@nestjs/swagger';
import { ConflictReason, ErrorCode } from '../errors/app-error';

/**
 * OpenAPI building blocks every controller uses, so the document shows one error envelope, one list shape
 * and one way of saying "needs a token". Conventions (see docs/api.md):
 *  - every route: `@ApiOperation({ summary })`, a typed 2xx (`@ApiOkResponse({ type: XView })`, `@ApiPageResponse(XView)`,
 *    `@ApiCreatedResponse`, `@ApiAcceptedResponse({ type: RunQueuedView })` or `@ApiNoContentResponse`) and `@ApiErrors(...)`;
 *  - response classes live in `<module>.views.ts` beside the module's `.dto.ts`, and the controller method's return type names
 *    them, so `tsc` notices when the code and the document drift apart.
 */

export class FieldErrorView {
  @ApiProperty({ example: 'trl' }) field: string;
  @ApiProperty({ example: 'trl must not be greater than 9' }) message: string;
}

/** The one error envelope (`src/common/errors/error.filter.ts`). */
@ApiSchema({ name: 'Error' })
export class ErrorView {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode: number;
  @ApiProperty({ enum: Object.values(ErrorCode), enumName: 'ErrorCode', example: ErrorCode.ValidationFailed, description: 'Machine-readable; see docs/api.md' })
  code: string;
  @ApiProperty({ example: 'trl must not be greater than 9' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'Present on 400: every invalid field' }) errors?: FieldErrorView[];
  @ApiPropertyOptional({
    enum: Object.values(ConflictReason), enumName: 'ConflictReason', example: ConflictReason.RequestOpen,
    description: 'On some 409s with a generic `code` (`conflict`, `invalid_transition`): which conflict it is',
  })
  reason?: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

export const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Invalid input: every invalid field is named in `errors`; unknown fields and malformed JSON are 400 too',
  401: 'No valid bearer token',
  403: 'The caller may see this but not do it (wrong role, pending account, not the owner)',
  404: 'Unknown, malformed or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'Request body too large (BODY_LIMIT)',
  415: 'The body is not application/json',
  429: 'Rate limited; retry after `Retry-After` seconds',
  503: 'A dependency is down',
};

/** Error responses of an operation, all with the shared envelope. */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status],
        type: ErrorView,
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
      }),
    ),
  );
}

/** Controller-level: bearer token required; every route can answer 401 and (pending accounts, roles) 403. */
export function ApiAuth(): ClassDecorator {
  return applyDecorators(ApiBearerAuth(), ApiErrors(401, 403));
}

/** A list page `{items, page, limit, total}`; one named schema per item type (`<Item>Page`). */
const pageClasses = new Map<Type, Type>();
export function PageView<T>(item: Type<T>): Type<{ items: T[]; page: number; limit: number; total: number }> {
  let cls = pageClasses.get(item);
  if (!cls) {
    @ApiSchema({ name: `${item.name}Page` })
    class Page {
      @ApiProperty({ type: [item] }) items: T[];
      @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) page: number;
      @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 20 }) limit: number;
      @ApiProperty({ type: 'integer', minimum: 0, example: 1, description: 'Items across all pages' }) total: number;
    }
    pageClasses.set(item, Page);
    cls = Page;
  }
  return cls as Type<{ items: T[]; page: number; limit: number; total: number }>;
}

/** 200 with a page of `item`. */
export function ApiPageResponse(item: Type, description?: string): MethodDecorator {
  return applyDecorators(ApiExtraModels(item), ApiOkResponse({ type: PageView(item), description: description ?? `A page of ${item.name} items` }));
}

/** 202 body of every background run (`GET` its id for the status). */
export class RunQueuedView {
  @ApiProperty({ format: 'uuid', example: '0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'], example: 'queued' }) status: string;
}

import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export class HealthIndicatorView {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) status: string;
  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'Milliseconds the check took' }) responseTime?: number;
  @ApiPropertyOptional({ example: 'connect ECONNREFUSED 127.0.0.1:6379' }) message?: string;
}

const stores = (description: string, example: object) =>
  ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(HealthIndicatorView) }, description, example });

/** @nestjs/terminus' report, one entry per store (`database`, `redis`). */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status: string;
  @stores('Stores that are up', { database: { status: 'up' }, redis: { status: 'up' } }) info: Record<string, HealthIndicatorView>;
  @stores('Stores that are down', {}) error: Record<string, HealthIndicatorView>;
  @stores('Every store', { database: { status: 'up' }, redis: { status: 'up' } }) details: Record<string, HealthIndicatorView>;
}

/** 503: the error envelope's fields plus the report naming the store that is down. */
export class HealthDownView extends HealthView {
  @ApiProperty({ type: 'integer', example: 503 }) statusCode: number;
  @ApiProperty({ example: 'service_unavailable' }) code: string;
  @ApiProperty({ example: 'A dependency is down' }) message: string;
}

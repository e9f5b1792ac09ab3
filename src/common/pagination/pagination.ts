import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An empty query value (`?page=`) means "not given"; anything else must be a number (`abc` fails IsInt). */
const numberOr = (value: unknown, fallback: number) => (value === undefined || value === '' ? fallback : Number(value));

/** Far beyond any list we hold, and small enough that (page - 1) × limit stays a safe integer offset. */
export const MAX_PAGE = 1_000_000;

/** `?page=&limit=`: page from 1, limit 1–100 (default 20). Filters extend this class. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Transform(({ value }) => numberOr(value, 1))
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(({ value }) => numberOr(value, 20))
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
}

export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, page: query.page, limit: query.limit, total };
}

export function skipOf(query: PageQuery): number {
  return (query.page - 1) * query.limit;
}

/**
 * A list's total without counting when the page already tells it: a short, non-empty page (or an empty first
 * page) is the last one. Only a full page, or a page past the end, runs `count`, unless the page's own statement
 * counted already (`counted`: its countWhenFull column, null when it did not).
 */
export async function totalOf(query: PageQuery, found: number, count: () => Promise<number>, counted: number | null = null): Promise<number> {
  const offset = skipOf(query);
  if (found < query.limit && (found > 0 || offset === 0)) return offset + found;
  return counted ?? count();
}

/**
 * SQL of a column that counts the list in the page's own statement (one round trip, one snapshot), and only when the
 * page is full: `pageSize` is the page's row count in that statement, `limit` the LIMIT's parameter, `count` the
 * list's count. An uncorrelated subquery under CASE, which PostgreSQL runs once, and only when the branch is taken.
 */
export const countWhenFull = (pageSize: string, limit: string, count: string): string => `CASE WHEN ${pageSize} >= ${limit} THEN (${count}) END`;

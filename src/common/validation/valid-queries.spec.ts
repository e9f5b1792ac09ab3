import { describe, expect, it } from '@jest/globals';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PageQuery } from '../pagination/pagination';
import { AppError } from '../errors/app-error';
import { EmptyAsUndefined } from './transforms';
import { ValidQueries } from './valid-queries';
import { createValidationPipe } from './validation';

let transforms = 0;

class ThingQuery extends PageQuery {
  @EmptyAsUndefined() @IsOptional() @IsIn(['a', 'b']) kind?: 'a' | 'b';
  @IsOptional() @IsString() @Transform(({ value }) => (transforms++, value)) tag?: string;
}

const asQuery = { type: 'query' as const, metatype: ThingQuery, data: undefined };
const failureOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message, errors: e.errors } : e));

describe('ValidQueries', () => {
  it('returns a copy of a remembered instance: same class, same fields, never the same object', () => {
    const known = new ValidQueries();
    const instance = Object.assign(new ThingQuery(), { kind: 'a' as const });
    known.remember(ThingQuery, 'k', instance);
    const a = known.get(ThingQuery, 'k') as ThingQuery;
    expect(a).toBeInstanceOf(ThingQuery);
    expect(a).toStrictEqual(instance);
    expect(a).not.toBe(instance);
    a.limit = 99;
    instance.page = 7;
    expect((known.get(ThingQuery, 'k') as ThingQuery).limit).toBe(20);
    expect((known.get(ThingQuery, 'k') as ThingQuery).page).toBe(1);
    expect(known.get(PageQuery, 'k')).toBeUndefined();
  });

  it('keeps only instances of plain values, and at most its capacity per class', () => {
    const known = new ValidQueries(2);
    known.remember(ThingQuery, 'nested', Object.assign(new ThingQuery(), { tag: ['x'] }));
    expect(known.get(ThingQuery, 'nested')).toBeUndefined();
    for (const k of ['1', '2', '3']) known.remember(ThingQuery, k, new ThingQuery());
    expect(['1', '2', '3'].map((k) => known.get(ThingQuery, k) !== undefined)).toEqual([false, true, true]);
  });
});

describe('AppValidationPipe on a repeated query', () => {
  it('validates a query once and gives each request its own equal instance', async () => {
    const pipe = createValidationPipe();
    transforms = 0;
    const first = (await pipe.transform({ limit: '5', kind: 'a', tag: 't' }, asQuery)) as ThingQuery;
    expect(first).toBeInstanceOf(ThingQuery);
    expect({ ...first }).toEqual({ page: 1, limit: 5, kind: 'a', tag: 't' });
    expect(transforms).toBe(1);
    first.limit = 100;
    const second = (await pipe.transform({ limit: '5', kind: 'a', tag: 't' }, asQuery)) as ThingQuery;
    expect(second).toStrictEqual(Object.assign(new ThingQuery(), { limit: 5, kind: 'a', tag: 't' }));
    expect(second).not.toBe(first);
    expect(transforms).toBe(1);
    // Another query string is another entry.
    await pipe.transform({ limit: '5', kind: 'b', tag: 't' }, asQuery);
    expect(transforms).toBe(2);
  });

  it('never keeps a refused query: it is refused again, with the same errors', async () => {
    const pipe = createValidationPipe();
    const bad = { limit: '0', kind: 'c' };
    const once = await failureOf(pipe.transform({ ...bad }, asQuery));
    expect(once).toMatchObject({ code: 'validation_failed' });
    expect(await failureOf(pipe.transform({ ...bad }, asQuery))).toEqual(once);
    expect(await failureOf(pipe.transform({ limit: '0', bogus: '1' }, asQuery))).toMatchObject({ code: 'validation_failed' });
  });
});

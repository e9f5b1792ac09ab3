import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { AppError } from '../errors/app-error';
import { PageQuery } from '../pagination/pagination';
import { AppValidationPipe } from './validation';

class KindQuery extends PageQuery {
  @IsOptional() @IsIn(['a', 'b']) kind?: 'a' | 'b';
}

const asQuery: ArgumentMetadata = { type: 'query', metatype: KindQuery, data: undefined };

describe('query DTOs validated once per distinct query', () => {
  it('answers a repeated query with an equal DTO of its class, a fresh copy each time', async () => {
    const pipe = new AppValidationPipe();
    const first = (await pipe.transform({ limit: '5', kind: 'a' }, asQuery)) as KindQuery;
    const second = (await pipe.transform({ limit: '5', kind: 'a' }, asQuery)) as KindQuery;
    expect(second).toBeInstanceOf(KindQuery);
    expect({ ...second }).toEqual({ page: 1, limit: 5, kind: 'a' });
    expect(second).not.toBe(first);
    // A handler changing its query changes only its own copy.
    second.limit = 99;
    const third = (await pipe.transform({ limit: '5', kind: 'a' }, asQuery)) as KindQuery;
    expect(third).not.toBe(second);
    expect(third.limit).toBe(5);
  });

  it('refuses a bad query every time, whatever was accepted before', async () => {
    const pipe = new AppValidationPipe();
    await pipe.transform({ kind: 'a' }, asQuery);
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ kind: 'c' }, asQuery)).rejects.toBeInstanceOf(AppError);
      await expect(pipe.transform({ kind: 'a', limit: '0' }, asQuery)).rejects.toBeInstanceOf(AppError);
      await expect(pipe.transform({ kind: 'a', extra: '1' }, asQuery)).rejects.toBeInstanceOf(AppError);
      await expect(pipe.transform({ kind: 'a\u0000' }, asQuery)).rejects.toBeInstanceOf(AppError);
    }
  });

  it('keeps DTO classes apart: the same text is validated against each class', async () => {
    class OtherQuery extends PageQuery {
      @IsOptional() @IsIn(['c']) kind?: 'c';
    }
    const pipe = new AppValidationPipe();
    await pipe.transform({ kind: 'a' }, asQuery);
    await expect(pipe.transform({ kind: 'a' }, { type: 'query', metatype: OtherQuery, data: undefined })).rejects.toBeInstanceOf(AppError);
  });
});

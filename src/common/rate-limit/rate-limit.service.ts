import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { InjectRedis } from '../../queue/redis.provider';
import { AppError, ErrorCode } from '../errors/app-error';

/**
 * Fixed-window budgets counted in Redis, so every API process shares them: `limit` hits per `windowSeconds`
 * per key, then 429 with Retry-After until the window ends. A limit of 0 is off.
 */
@Injectable()
export class RateLimitService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async consume(bucket: string, key: string, limit: number, windowSeconds: number, what: string): Promise<void> {
    if (limit <= 0) return;
    const redisKey = `${this.config.env.QUEUE_PREFIX}:rate:${bucket}:${key}`;
    const [[, count], , [, ttl]] = (await this.redis.multi().incr(redisKey).expire(redisKey, windowSeconds, 'NX').ttl(redisKey).exec()) as [
      [unknown, number], unknown, [unknown, number],
    ];
    if (count > limit) {
      const retryAfter = String(Math.max(1, ttl));
      throw new AppError(ErrorCode.RateLimited, `Too many ${what}; retry in ${retryAfter} s`, undefined, { 'Retry-After': retryAfter });
    }
  }
}

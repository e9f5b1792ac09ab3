import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { InjectRedis } from '../../queue/redis.provider';

/** Counts failed logins per (email, IP) in Redis, so every API instance shares the limit. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private key(email: string, ip: string): string {
    return `${this.config.env.QUEUE_PREFIX}:login-failures:${email}:${ip}`;
  }

  /** Throws 429 with Retry-After while the pair is locked out. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    const [failures, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
    if (Number(failures ?? 0) >= this.config.env.LOGIN_MAX_FAILURES) {
      const retryAfter = Math.max(1, ttl);
      throw new AppError(ErrorCode.TooManyAttempts, `Too many failed logins; retry in ${retryAfter} s`, undefined, {
        'Retry-After': String(retryAfter),
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    await this.redis.multi().incr(key).expire(key, this.config.env.LOGIN_WINDOW_SECONDS, 'NX').exec();
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.redis.del(this.key(email, ip));
  }
}

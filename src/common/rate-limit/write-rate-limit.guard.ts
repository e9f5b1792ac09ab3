import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import type { Caller } from '../auth/auth.decorators';
import { RateLimitService } from './rate-limit.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes per account per minute (RATE_LIMIT_WRITES_PER_MINUTE); runs after the auth guard has found the caller. */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  constructor(
    private readonly limits: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ method: string; caller?: Caller }>();
    if (req.caller && WRITES.has(req.method)) {
      await this.limits.consume('writes', req.caller.id, this.config.env.RATE_LIMIT_WRITES_PER_MINUTE, 60, 'writes from this account');
    }
    return true;
  }
}

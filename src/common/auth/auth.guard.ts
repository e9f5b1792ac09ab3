import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account, type Role } from '../../modules/accounts/account.entity';
import { AppError, ErrorCode } from '../errors/app-error';
import { ALLOW_PENDING, IS_PUBLIC, ROLES_KEY } from './auth.decorators';

/**
 * The one gate for every route: a valid bearer token, an account that still exists and is not rejected,
 * `active` unless the route allows pending accounts, and the route's roles. Status is re-read each request
 * so an approval or rejection takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest();
    const accountId = await this.verifiedSubject(request.headers.authorization);
    const account = await this.accounts.findOne({
      where: { id: accountId },
      select: { id: true, email: true, role: true, status: true, displayName: true },
    });
    if (!account) throw new AppError(ErrorCode.Unauthenticated, 'Account no longer exists');
    if (account.status === 'rejected') throw new AppError(ErrorCode.AccountRejected, 'This account was rejected');
    if (account.status === 'pending' && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING, targets)) {
      throw new AppError(ErrorCode.AccountPending, 'This account awaits approval by an organizer');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(account.role)) {
      throw new AppError(ErrorCode.Forbidden, `Only ${roles.join(' or ')} accounts may do this`);
    }
    request.caller = account;
    return true;
  }

  private async verifiedSubject(header: unknown): Promise<string> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new AppError(ErrorCode.Unauthenticated, 'Missing bearer token');
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; exp?: unknown }>(match[1]);
      // jsonwebtoken accepts a token without `exp` as never expiring; ours always carry one.
      if (typeof payload.exp !== 'number') throw new Error('no expiry');
      if (typeof payload.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.sub)) throw new Error('bad subject');
      return payload.sub;
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, 'Invalid or expired token');
    }
  }
}

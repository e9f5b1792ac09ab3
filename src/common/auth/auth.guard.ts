import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '../../modules/accounts/account.entity';
import { preparedRows } from '../../database/prepared';
import { AppError, ErrorCode } from '../errors/app-error';
import type { Caller } from './auth.decorators';
import { ALLOW_PENDING, IS_PUBLIC, ROLES_KEY } from './auth.decorators';
import { nowInSeconds, VerifiedTokens } from './verified-tokens';

/** What a route's decorators ask of the caller, read once per handler. */
interface RouteAccess {
  isPublic: boolean;
  allowPending: boolean;
  roles: Role[] | undefined;
}

const CALLER_SQL = `SELECT id, email, role, status, display_name AS "displayName", locale FROM accounts WHERE id = $1`;

/**
 * The one gate for every route: a valid bearer token, an account that still exists and is not rejected,
 * `active` unless the route allows pending accounts, and the route's roles. Status is re-read each request
 * (one primary-key lookup, a prepared statement) so an approval or rejection takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** By handler, then controller class (a handler inherited by two controllers may carry different class decorators). */
  private readonly access = new WeakMap<object, WeakMap<object, RouteAccess>>();
  /** Tokens whose signature was checked before (their expiry is checked every time); never the account. */
  private readonly tokens = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.routeAccess(context);
    if (route.isPublic) return true;

    const request = context.switchToHttp().getRequest();
    const accountId = this.verifiedSubject(request.headers.authorization);
    const [account] = await preparedRows<Caller>(this.db, CALLER_SQL, [accountId]);
    if (!account) throw new AppError(ErrorCode.Unauthenticated, 'Account no longer exists');
    if (account.status === 'rejected') throw new AppError(ErrorCode.AccountRejected, 'This account was rejected');
    if (account.status === 'pending' && !route.allowPending) {
      throw new AppError(ErrorCode.AccountPending, 'This account awaits approval by an organizer');
    }
    if (route.roles && !route.roles.includes(account.role)) {
      throw new AppError(ErrorCode.Forbidden, `Only ${route.roles.join(' or ')} accounts may do this`);
    }
    request.caller = account;
    return true;
  }

  private routeAccess(context: ExecutionContext): RouteAccess {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byClass = this.access.get(handler);
    if (!byClass) this.access.set(handler, (byClass = new WeakMap()));
    let route = byClass.get(controller);
    if (!route) {
      const targets = [handler, controller];
      route = {
        isPublic: !!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets),
        allowPending: !!this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING, targets),
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      };
      byClass.set(controller, route);
    }
    return route;
  }

  private verifiedSubject(header: unknown): string {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new AppError(ErrorCode.Unauthenticated, 'Missing bearer token');
    const token = match[1];
    const known = this.tokens.get(token, nowInSeconds());
    if (known) return known.sub;
    try {
      const payload = this.jwt.verify<{ sub?: unknown; exp?: unknown }>(token);
      // jsonwebtoken accepts a token without `exp` as never expiring; ours always carry one.
      if (typeof payload.exp !== 'number') throw new Error('no expiry');
      if (typeof payload.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.sub)) throw new Error('bad subject');
      this.tokens.remember(token, { sub: payload.sub, exp: payload.exp });
      return payload.sub;
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, 'Invalid or expired token');
    }
  }
}

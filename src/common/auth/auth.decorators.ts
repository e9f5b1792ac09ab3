import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Account, Role } from '../../modules/accounts/account.entity';

export const IS_PUBLIC = 'auth:public';
export const ROLES_KEY = 'auth:roles';
export const ALLOW_PENDING = 'auth:allow-pending';

/** No token needed. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Pending accounts may call the route too (read /me, write their own profile). */
export const AllowPending = () => SetMetadata(ALLOW_PENDING, true);

/** The caller's account, reloaded from the database on every request (with its language, which /v1/me shows). */
export type Caller = Pick<Account, 'id' | 'email' | 'role' | 'status' | 'displayName'> & { locale?: Account['locale'] };

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest().caller;
});

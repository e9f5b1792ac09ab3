import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/**
 * A resource a guard loaded to check access, handed to the handler so it is not read twice:
 * the guard calls `keepLoaded(request, 'match', row)`, the handler takes `@Loaded('match') row`.
 */
export function keepLoaded(request: { loaded?: Record<string, unknown> }, key: string, value: unknown): void {
  request.loaded = { ...request.loaded, [key]: value };
}

export const Loaded = createParamDecorator((key: string, ctx: ExecutionContext): unknown => {
  const value = ctx.switchToHttp().getRequest().loaded?.[key];
  if (value === undefined) throw new Error(`@Loaded('${key}') without a guard that loads it`);
  return value;
});

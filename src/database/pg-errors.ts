/** The one place that classifies PostgreSQL errors: SQLSTATE codes the services react to. */
const UNIQUE_VIOLATION = '23505';
const CHECK_VIOLATION = '23514';
const EXCLUSION_VIOLATION = '23P01';
const SERIALIZATION_FAILURE = '40001';
const DEADLOCK_DETECTED = '40P01';

const codeOf = (err: unknown): string | undefined => {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e?.driverError?.code ?? e?.code;
};
const constraintOf = (err: unknown): string | undefined => {
  const e = err as { constraint?: string; driverError?: { constraint?: string } };
  return e?.driverError?.constraint ?? e?.constraint;
};

export const isUniqueViolation = (err: unknown, constraint?: string): boolean =>
  (codeOf(err) === UNIQUE_VIOLATION || codeOf(err) === EXCLUSION_VIOLATION) && (!constraint || constraintOf(err) === constraint);
/** A CHECK constraint failed (e.g. `day_load_within_cap`: a daily meeting cap would be exceeded). */
export const isCheckViolation = (err: unknown): boolean => codeOf(err) === CHECK_VIOLATION;
export const isRetryableTxError = (err: unknown): boolean =>
  codeOf(err) === SERIALIZATION_FAILURE || codeOf(err) === DEADLOCK_DETECTED;
/**
 * PostgreSQL or Redis is unreachable or dropped the connection (a restart, a failover, a killed backend): the
 * request may succeed when retried, so the API answers 503, not 500. SQLSTATE class 08 (connection exception),
 * 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections), and the drivers' own errors.
 */
export function isStoreUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  if (code && (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) return true;
  const e = err as { message?: unknown; name?: unknown; driverError?: { message?: unknown } };
  const message = `${String(e?.message ?? '')} ${String(e?.driverError?.message ?? '')}`;
  return (
    // TypeORM's errors for a transaction whose connection was dropped under it.
    ['MaxRetriesPerRequestError', 'QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError'].includes(String(e?.name)) ||
    /Connection terminated|terminating connection|not queryable|Connection is closed|connect ECONNREFUSED|Stream isn't writeable|timeout exceeded when trying to connect/i.test(message)
  );
}

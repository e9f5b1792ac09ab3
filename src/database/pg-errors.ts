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

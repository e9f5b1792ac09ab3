import { plainToInstance, Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Every environment variable the app reads, validated once at start-up. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/supergap';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Signing key of access tokens. Required in production; the default only suits local use. */
  @IsString()
  @MinLength(16)
  JWT_SECRET = 'local-development-secret-change-me';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 3600;

  @IsEmail()
  ORGANIZER_EMAIL = 'organizer@supergap.local';

  @IsString()
  @MinLength(8)
  ORGANIZER_PASSWORD = 'organizer-password';

  /** Comma-separated origins allowed by CORS; `*` allows any. */
  @IsString()
  CORS_ORIGINS = '*';

  @IsString()
  @Matches(/^\d+(kb|mb)$/i, { message: 'must look like 100kb or 1mb' })
  BODY_LIMIT = '256kb';

  /** Failed logins allowed per email and IP in the window before 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Matches kept per party (top K). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MATCH_TOP_K = 50;

  /** Optional JSON object of USD rates per currency, e.g. {"KRW":0.00072}. */
  @IsOptional()
  @IsString()
  MATCH_FX_USD?: string;

  /** `all` runs the worker inside the API process (local use); `api` serves HTTP only. */
  @IsIn(['all', 'api'])
  PROCESS_ROLE: 'all' | 'api' = 'all';

  /** Redis key prefix of queues and rate limits (tests use one per file). */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/i)
  QUEUE_PREFIX = 'sgm';

  /** Seconds between reconcile sweeps that book accepted-but-unbooked requests. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RECONCILE_INTERVAL_SECONDS = 30;

  /** BullMQ job lock; a worker that dies holding a job releases it after this long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WORKER_LOCK_SECONDS = 60;

  /** How often workers look for jobs whose worker died (stalled jobs). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WORKER_STALLED_SECONDS = 30;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  /** The built web app (web/dist) served at /; not served when the folder has no index.html. */
  @IsString()
  WEB_DIST_DIR = 'web/dist';
}

/** Validates the environment; throws one error naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const picked: Record<string, unknown> = {};
  for (const key of [...known, 'MATCH_FX_USD']) if (raw[key] !== undefined && raw[key] !== '') picked[key] = raw[key];
  const env = plainToInstance(EnvironmentVariables, picked);
  const errors = validateSync(env, { skipMissingProperties: false });
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === new EnvironmentVariables().JWT_SECRET) {
    throw new Error('Invalid environment: JWT_SECRET must be set in production');
  }
  if (env.MATCH_FX_USD) {
    try {
      const rates = JSON.parse(env.MATCH_FX_USD);
      if (typeof rates !== 'object' || rates === null || Object.values(rates).some((r) => typeof r !== 'number' || !(r > 0))) throw new Error();
    } catch {
      throw new Error('Invalid environment: MATCH_FX_USD must be a JSON object of positive numbers');
    }
  }
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  return env;
}

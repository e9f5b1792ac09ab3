import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Secrets that appeared in examples, compose files or earlier versions: anyone can sign tokens with them. */
const KNOWN_SECRETS = [
  'local-development-secret-change-me', 'compose-local-jwt-secret-change-me', 'change-me', 'changeme', 'secret',
  'jwt-secret', 'your-secret', 'your-256-bit-secret', 'supersecret', 'development', 'test',
];
export const MIN_SECRET_BYTES = 32;

/** Why a secret may not sign production tokens, or null when it may. */
export function productionSecretProblem(secret: string | undefined): string | null {
  if (!secret) return 'must be set in production';
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) return `must be at least ${MIN_SECRET_BYTES} bytes`;
  const folded = secret.toLowerCase();
  if (KNOWN_SECRETS.some((k) => folded.includes(k) && folded.length < k.length + 16)) return 'is a published example value';
  if (new Set(secret).size < 8) return 'is not random enough';
  return null;
}

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** An integer variable (read from its string form) within [min, max]. */
function IntSetting(min: number, max?: number): PropertyDecorator {
  const decorators = [Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)])];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Every environment variable the app reads, validated once at start-up. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/supergap';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IntSetting(1, 65535)
  PORT = 3000;

  /**
   * Signing key of access tokens. Required in production (at least 32 bytes, not a published example). Unset
   * elsewhere, the app generates one and keeps it in the database, so restarts keep sessions.
   */
  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @IntSetting(60)
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

  /**
   * Which proxies may set X-Forwarded-For: `false` (none: the socket address is the client), `loopback`,
   * a hop count, or a comma list of addresses/CIDRs (Express "trust proxy").
   */
  @IsString()
  @Matches(/^(false|true|loopback|linklocal|uniquelocal|\d+|[0-9a-f.:/,\s]+)$/i, { message: 'must be false, loopback, a hop count or a comma list of proxy addresses' })
  TRUST_PROXY = 'false';

  /** Sign-ups per client address per hour before 429; 0 turns the limit off. */
  @IntSetting(0)
  RATE_LIMIT_SIGNUPS_PER_HOUR = 20;

  /** Writes (POST, PUT, PATCH, DELETE) per account per minute before 429; 0 turns the limit off. */
  @IntSetting(0)
  RATE_LIMIT_WRITES_PER_MINUTE = 120;

  /** Failed logins allowed per email and IP in the window before 429. */
  @IntSetting(1)
  LOGIN_MAX_FAILURES = 5;

  @IntSetting(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Matches kept per party (top K). */
  @IntSetting(1, 1000)
  MATCH_TOP_K = 50;

  /** Optional JSON object of USD rates per currency, e.g. {"KRW":0.00072}. */
  @IsOptional()
  @IsString()
  MATCH_FX_USD?: string;

  /** `all` runs the worker inside the API process (local use); `api` serves HTTP only. */
  @IsIn(['all', 'api'])
  PROCESS_ROLE: 'all' | 'api' = 'all';

  /**
   * HTTP processes of the API (node:cluster, sharing the port): set it to the number of cores. Above 1 it needs
   * PROCESS_ROLE=api, the worker staying its own process.
   */
  @IntSetting(1, 64)
  API_WORKERS = 1;

  /**
   * PostgreSQL connections per process (API process or worker). Beyond about twice the database's cores, more
   * connections only add backends competing for those cores; requests then wait in the pool instead.
   */
  @IntSetting(1, 200)
  DB_POOL_SIZE = 20;

  /**
   * PostgreSQL connections per process for the hot-path reads (the caller's account on every request, match pages,
   * agenda, request lists), a pool apart from DB_POOL_SIZE's so that requests waiting on a lock never hold what the
   * reads need (see src/database/read-pool.ts). Keep it small: 2–3 per API process cost PostgreSQL least with two
   * API processes on two cores (README, Session 13). 0: those reads share DB_POOL_SIZE's pool.
   */
  @IntSetting(0, 200)
  DB_READ_POOL_SIZE = 3;

  /**
   * Seconds an idle pooled PostgreSQL connection stays open (0: until the process ends). node-postgres' own default
   * is 10 s: under a steady 1,000 req/s the pool then closed the connections a burst had opened and opened them again
   * at the next burst (a new backend, every prepared statement parsed and planned again), and those re-openings lined
   * up with 100–800 ms stalls of every connection at once (README, Session 12).
   */
  @IntSetting(0, 86_400)
  DB_POOL_IDLE_SECONDS = 300;

  /**
   * Seconds a query waits for a PostgreSQL connection (a free one from the pool, or a new one being opened) before it
   * fails: the API then answers 503 instead of holding the request while the pool is exhausted or the database is
   * unreachable, and a job fails and is retried by its queue.
   */
  @IntSetting(1, 600)
  DB_CONNECT_TIMEOUT_SECONDS = 10;

  /** Redis key prefix of queues and rate limits (tests use one per file). */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/i)
  QUEUE_PREFIX = 'sgm';

  /** Seconds between reconcile sweeps that book accepted-but-unbooked requests. */
  @IntSetting(1)
  RECONCILE_INTERVAL_SECONDS = 30;

  /** BullMQ job lock; a worker that dies holding a job releases it after this long. */
  @IntSetting(1)
  WORKER_LOCK_SECONDS = 60;

  /** How often workers look for jobs whose worker died (stalled jobs). */
  @IntSetting(1)
  WORKER_STALLED_SECONDS = 30;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  /** The built web app (web/dist) served at /; not served when the folder has no index.html. */
  @IsString()
  WEB_DIST_DIR = 'web/dist';

  /** Bearer token that opens GET /metrics to callers off this host (loopback needs none); unset = loopback only. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** SMTP server for e-mail notifications (`smtp://user:pass@host:port`, `smtps://` for TLS); unset = no e-mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of notification e-mails, also the ORGANIZER of their calendar invitations. */
  @IsString()
  @Matches(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'must be an address or "Name <address>"' })
  MAIL_FROM = 'Supergap Match <no-reply@supergap.local>';

  /** A worker process serves /metrics and /health on this port when set (the API serves them on PORT). */
  @IsOptional()
  @IntSetting(1, 65535)
  METRICS_PORT?: number;
}

/** Variables without a default (absent from `new EnvironmentVariables()`'s keys). */
export const OPTIONAL_VARIABLES = ['MATCH_FX_USD', 'METRICS_TOKEN', 'METRICS_PORT', 'SMTP_URL'] as const;

/** Every variable the schema knows (each decorated property), e.g. to check deployment files against it. */
export function environmentVariableNames(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))].sort();
}

/** Validates the environment; throws one error naming every bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const picked: Record<string, unknown> = {};
  for (const key of [...known, ...OPTIONAL_VARIABLES]) if (raw[key] !== undefined && raw[key] !== '') picked[key] = raw[key];
  const env = plainToInstance(EnvironmentVariables, picked);
  const errors = validateSync(env, { skipMissingProperties: false });
  if (env.NODE_ENV === 'production') {
    const problem = productionSecretProblem(env.JWT_SECRET);
    if (problem) throw new Error(`Invalid environment: JWT_SECRET ${problem} (generate one with: openssl rand -base64 48)`);
    if (env.ORGANIZER_PASSWORD === new EnvironmentVariables().ORGANIZER_PASSWORD) {
      throw new Error('Invalid environment: ORGANIZER_PASSWORD must be set in production (the default is published)');
    }
  }
  if (env.MATCH_FX_USD) {
    try {
      const rates = JSON.parse(env.MATCH_FX_USD);
      if (typeof rates !== 'object' || rates === null || Object.values(rates).some((r) => typeof r !== 'number' || !(r > 0))) throw new Error();
    } catch {
      throw new Error('Invalid environment: MATCH_FX_USD must be a JSON object of positive numbers');
    }
  }
  if (errors.length === 0 && env.API_WORKERS > 1 && env.PROCESS_ROLE !== 'api') {
    throw new Error('Invalid environment: API_WORKERS above 1 needs PROCESS_ROLE=api (run the worker as its own process)');
  }
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  return env;
}

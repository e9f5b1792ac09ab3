import { describe, expect, it } from '@jest/globals';
import { validateEnvironment } from './env.validation';

describe('validateEnvironment', () => {
  it('applies safe local defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, MATCH_TOP_K: 50, PROCESS_ROLE: 'all' });
  });

  it('names every malformed variable in one message', () => {
    expect(() => validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
    expect(() => validateEnvironment({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL/);
    expect(() => validateEnvironment({ MATCH_FX_USD: '{"KRW": -1}' })).toThrow(/MATCH_FX_USD/);
  });

  it('refuses missing, short and published JWT secrets in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'a-long-production-secret' })).toThrow(/at least 32 bytes/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'compose-local-jwt-secret-change-me' })).toThrow(/JWT_SECRET/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'local-development-secret-change-me!!' })).toThrow(/published/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) })).toThrow(/random/);
    const secret = 'k3Jq9vR2xW7pL0sT5nB8cY1mZ4hF6dG-eA';
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(/ORGANIZER_PASSWORD/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret, ORGANIZER_PASSWORD: 'a-chosen-organizer-passphrase' }).JWT_SECRET).toBe(secret);
  });

  it('ships no JWT secret: unset outside production it stays unset (the app generates one)', () => {
    expect(validateEnvironment({}).JWT_SECRET).toBeUndefined();
  });

  it('reads API_WORKERS: 1 by default, above 1 only with the worker in its own process', () => {
    expect(validateEnvironment({}).API_WORKERS).toBe(1);
    expect(validateEnvironment({ API_WORKERS: '2', PROCESS_ROLE: 'api' }).API_WORKERS).toBe(2);
    expect(() => validateEnvironment({ API_WORKERS: '2' })).toThrow(/API_WORKERS above 1 needs PROCESS_ROLE=api/);
    expect(() => validateEnvironment({ API_WORKERS: '0', PROCESS_ROLE: 'api' })).toThrow(/API_WORKERS/);
    expect(() => validateEnvironment({ API_WORKERS: 'two', PROCESS_ROLE: 'api' })).toThrow(/API_WORKERS/);
  });

  it('reads DB_POOL_IDLE_SECONDS: 300 by default, 0 allowed (keep idle connections), never negative', () => {
    expect(validateEnvironment({}).DB_POOL_IDLE_SECONDS).toBe(300);
    expect(validateEnvironment({ DB_POOL_IDLE_SECONDS: '0' }).DB_POOL_IDLE_SECONDS).toBe(0);
    expect(() => validateEnvironment({ DB_POOL_IDLE_SECONDS: '-1' })).toThrow(/DB_POOL_IDLE_SECONDS/);
    expect(() => validateEnvironment({ DB_POOL_IDLE_SECONDS: 'long' })).toThrow(/DB_POOL_IDLE_SECONDS/);
  });

  it('reads DB_READ_POOL_SIZE: 3 connections by default, 0 allowed (hot reads share DB_POOL_SIZE\'s pool), never negative', () => {
    expect(validateEnvironment({}).DB_READ_POOL_SIZE).toBe(3);
    expect(validateEnvironment({ DB_READ_POOL_SIZE: '0' }).DB_READ_POOL_SIZE).toBe(0);
    expect(() => validateEnvironment({ DB_READ_POOL_SIZE: '-1' })).toThrow(/DB_READ_POOL_SIZE/);
    expect(() => validateEnvironment({ DB_READ_POOL_SIZE: 'few' })).toThrow(/DB_READ_POOL_SIZE/);
  });

  it('reads DB_POOL_SIZE: 20 connections by default, at least 1', () => {
    expect(validateEnvironment({}).DB_POOL_SIZE).toBe(20);
    expect(validateEnvironment({ DB_POOL_SIZE: '4' }).DB_POOL_SIZE).toBe(4);
    expect(() => validateEnvironment({ DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
    expect(() => validateEnvironment({ DB_POOL_SIZE: 'many' })).toThrow(/DB_POOL_SIZE/);
  });

  it('reads DB_CONNECT_TIMEOUT_SECONDS: 10 by default, 1 to 600', () => {
    expect(validateEnvironment({}).DB_CONNECT_TIMEOUT_SECONDS).toBe(10);
    expect(validateEnvironment({ DB_CONNECT_TIMEOUT_SECONDS: '2' }).DB_CONNECT_TIMEOUT_SECONDS).toBe(2);
    expect(() => validateEnvironment({ DB_CONNECT_TIMEOUT_SECONDS: '0' })).toThrow(/DB_CONNECT_TIMEOUT_SECONDS/);
    expect(() => validateEnvironment({ DB_CONNECT_TIMEOUT_SECONDS: '601' })).toThrow(/DB_CONNECT_TIMEOUT_SECONDS/);
  });

  it('reads rate limits and proxy trust, 0 turning a limit off', () => {
    expect(validateEnvironment({})).toMatchObject({ TRUST_PROXY: 'false', RATE_LIMIT_SIGNUPS_PER_HOUR: 20, RATE_LIMIT_WRITES_PER_MINUTE: 120 });
    expect(validateEnvironment({ RATE_LIMIT_WRITES_PER_MINUTE: '0', TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' })).toMatchObject({ RATE_LIMIT_WRITES_PER_MINUTE: 0 });
    expect(() => validateEnvironment({ TRUST_PROXY: 'everyone; rm' })).toThrow(/TRUST_PROXY/);
    expect(() => validateEnvironment({ RATE_LIMIT_SIGNUPS_PER_HOUR: '-1' })).toThrow(/RATE_LIMIT_SIGNUPS_PER_HOUR/);
  });

  it('validates the operations variables', () => {
    expect(() => validateEnvironment({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => validateEnvironment({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(validateEnvironment({ METRICS_TOKEN: 'a-long-enough-metrics-token', METRICS_PORT: '9464' })).toMatchObject({ METRICS_TOKEN: 'a-long-enough-metrics-token', METRICS_PORT: 9464 });
    expect(validateEnvironment({}).METRICS_TOKEN).toBeUndefined();
  });
});

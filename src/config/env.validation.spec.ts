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

  it('refuses the development JWT secret in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'a-long-production-secret' }).NODE_ENV).toBe('production');
  });

  it('validates the operations variables', () => {
    expect(() => validateEnvironment({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => validateEnvironment({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(validateEnvironment({ METRICS_TOKEN: 'a-long-enough-metrics-token', METRICS_PORT: '9464' })).toMatchObject({ METRICS_TOKEN: 'a-long-enough-metrics-token', METRICS_PORT: 9464 });
    expect(validateEnvironment({}).METRICS_TOKEN).toBeUndefined();
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { environmentVariableNames, validateEnvironment } from './env.validation';

/** docker-compose.yml is the deployment shape: it must agree with the environment schema the app validates. */
const raw = readFileSync('docker-compose.yml', 'utf8');
const compose = parse(raw, { merge: true }) as { services: Record<string, { command?: string[]; environment?: Record<string, string>; healthcheck?: unknown; depends_on?: Record<string, unknown> }> };
const services = compose.services;
const APP_SERVICES = ['migrate', 'api-1', 'api-2', 'worker-1', 'worker-2'];
const SECRET = /SECRET|PASSWORD|TOKEN/;

/** What compose would substitute, with a made-up value for each required variable. */
function interpolate(value: string): string {
  return String(value).replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_m, name: string, kind?: string, rest?: string) => {
    if (kind === '-') return rest ?? '';
    return name === 'ORGANIZER_EMAIL' ? 'ops@example.com' : `${name.toLowerCase()}-Kq8vTz3Lw9Xy2Rb7Np4Hs6Jd1Mf5Gc0`;
  });
}

describe('docker-compose.yml', () => {
  it('runs two APIs, two workers, PostgreSQL, Redis and a mail catcher, each with a health check', () => {
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'mailcatcher', 'migrate', 'postgres', 'redis', 'worker-1', 'worker-2']);
    for (const [name, service] of Object.entries(services)) if (name !== 'migrate') expect({ name, healthcheck: !!service.healthcheck }).toEqual({ name, healthcheck: true });
    for (const api of ['api-1', 'api-2']) {
      expect(services[api].command).toEqual(['node', 'dist/src/main.js']);
      expect(services[api].environment).toMatchObject({ PROCESS_ROLE: 'api' });
      expect(JSON.stringify(services[api].healthcheck)).toContain(`:${services[api].environment!.PORT}/health`);
      expect(services[api].depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } });
    }
    for (const worker of ['worker-1', 'worker-2']) {
      expect(services[worker].command).toEqual(['node', 'dist/src/worker.js']);
      expect(JSON.stringify(services[worker].healthcheck)).toContain(`:${services[worker].environment!.METRICS_PORT}/health`);
    }
  });

  it('sets only variables the schema knows, and values it accepts in production', () => {
    const known = new Set(environmentVariableNames());
    expect(known.has('DATABASE_URL') && known.has('SMTP_URL') && known.has('METRICS_TOKEN')).toBe(true);
    for (const name of APP_SERVICES) {
      const env = services[name].environment!;
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
      const resolved = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(v)]));
      expect(resolved.NODE_ENV).toBe('production');
      expect(() => validateEnvironment(resolved)).not.toThrow();
    }
  });

  it('has no default for any secret: each is required (${VAR:?message}) and listed in .env.example', () => {
    const references = [...raw.matchAll(/\$\{([A-Z_]+)(:[?-])?[^}]*\}/g)].map((m) => ({ name: m[1], kind: m[2] }));
    const secrets = references.filter((r) => SECRET.test(r.name));
    expect(secrets.map((r) => r.name)).toEqual(expect.arrayContaining(['POSTGRES_PASSWORD', 'JWT_SECRET', 'METRICS_TOKEN', 'ORGANIZER_PASSWORD']));
    expect(secrets.filter((r) => r.kind !== ':?')).toEqual([]);
    for (const name of APP_SERVICES) {
      for (const [key, value] of Object.entries(services[name].environment!)) {
        if (SECRET.test(key)) expect({ key, value }).toEqual({ key, value: expect.stringMatching(/^\$\{[A-Z_]+:\?[^}]+\}$/) });
      }
      expect(services[name].environment!.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
    }
    const example = readFileSync('.env.example', 'utf8');
    for (const required of new Set(references.filter((r) => r.kind === ':?').map((r) => r.name))) expect(example).toMatch(new RegExp(`^${required}=$`, 'm'));
  });
});

import { Injectable } from '@nestjs/common';
import { DEFAULT_USD_RATES } from '../common/domain/money';
import { EnvironmentVariables, validateEnvironment } from './env.validation';

/** Typed, validated configuration: the only reader of process.env. */
@Injectable()
export class AppConfig {
  readonly env: EnvironmentVariables;

  constructor() {
    this.env = loadEnvironment();
  }

  get usdRates(): Record<string, number> {
    return { ...DEFAULT_USD_RATES, ...(this.env.MATCH_FX_USD ? JSON.parse(this.env.MATCH_FX_USD) : {}) };
  }

  get corsOrigins(): string[] | '*' {
    const value = this.env.CORS_ORIGINS.trim();
    return value === '*' ? '*' : value.split(',').map((o) => o.trim()).filter(Boolean);
  }
}

let cached: EnvironmentVariables | undefined;
export function loadEnvironment(): EnvironmentVariables {
  cached ??= validateEnvironment(process.env);
  return cached;
}
/** For tests that change process.env between app instances. */
export function resetEnvironmentCache(): void {
  cached = undefined;
}

import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { loadEnvironment } from '../config/app-config';
import { AfterCommitSubscriber } from './after-commit';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One definition of the connection, shared by the app, the tests and the TypeORM CLI. */
export function dataSourceOptions(
  url = loadEnvironment().DATABASE_URL,
  poolSize = loadEnvironment().DB_POOL_SIZE,
  connectTimeoutSeconds = loadEnvironment().DB_CONNECT_TIMEOUT_SECONDS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [AfterCommitSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // connectionTimeoutMillis bounds both the wait for a pooled client and opening a new one (node-postgres' Pool);
    // idleTimeoutMillis 0 keeps idle clients for good.
    extra: {
      max: poolSize, idleTimeoutMillis: loadEnvironment().DB_POOL_IDLE_SECONDS * 1000,
      connectionTimeoutMillis: connectTimeoutSeconds * 1000, application_name: 'supergap-match',
    },
  };
}

/** Default export for `typeorm -d dist/src/database/data-source.js`. */
export default new DataSource(dataSourceOptions());

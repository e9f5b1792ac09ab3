import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { resolveJwtSecret } from './common/auth/jwt-secret';
import { AuthGuard } from './common/auth/auth.guard';
import { LoggingModule } from './common/logging/logging.module';
import { RequestShapeInterceptor } from './common/http/request-shape.interceptor';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { WriteRateLimitGuard } from './common/rate-limit/write-rate-limit.guard';
import { ClockModule } from './common/clock/clock';
import { DomainEventsModule } from './common/events/domain-events';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { survivePgConnectionLoss } from './database/connection-errors';
import { DatabaseModule } from './database/database.module';
import { dataSourceOptions } from './database/data-source';
import { Account } from './modules/accounts/account.entity';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AgendaModule } from './modules/agenda/agenda.module';
import { DemandsModule } from './modules/demands/demands.module';
import { EventsModule } from './modules/events/events.module';
import { MatchingModule, MatchingWorkerModule } from './modules/matching/matching.module';
import { BookingModule, BookingWorkerModule } from './modules/booking/booking.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OutcomesModule, OutcomesWorkerModule } from './modules/outcomes/outcomes.module';
import { HealthModule } from './modules/health/health.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { QueueDashboardModule } from './modules/admin/queue-dashboard.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { SectorsController } from './modules/sectors/sectors.controller';
import { JobsWorkerModule } from './queue/jobs-worker.module';
import { QueueModule } from './queue/queue.module';
import { WebAppModule } from './modules/web/web-app.module';

export interface AppModuleOptions {
  /** Serve HTTP (controllers, guards). */
  api: boolean;
  /** Run the BullMQ processors and repeatable sweeps in this process. */
  worker: boolean;
}

/** Infrastructure every process needs: config, database, queue, domain events, tokens. */
const CORE: (Type | DynamicModule)[] = [
  ConfigModule,
  LoggingModule,
  ClockModule,
  DomainEventsModule,
  TypeOrmModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => dataSourceOptions(config.env.DATABASE_URL),
    dataSourceFactory: async (options) => survivePgConnectionLoss(await new DataSource(options!).initialize()),
  }),
  DatabaseModule,
  TypeOrmModule.forFeature([Account]),
  JwtModule.registerAsync({
    global: true,
    inject: [AppConfig, DataSource],
    useFactory: async (config: AppConfig, db: DataSource) => ({
      // A KeyObject made once: given a string, jsonwebtoken tries it as a public key first (createPublicKey)
      // and then builds a secret key, on every verification.
      secret: createSecretKey(Buffer.from(await resolveJwtSecret(config.env, db), 'utf8')),
      signOptions: { algorithm: 'HS256' },
      verifyOptions: { algorithms: ['HS256'] },
    }),
  }),
  QueueModule,
  RateLimitModule,
];

const FEATURES: (Type | DynamicModule)[] = [
  AccountsModule, ProfilesModule, DemandsModule, EventsModule, MatchingModule, BookingModule, AgendaModule, OutcomesModule,
  NotificationsModule, HealthModule,
];

/** The same modules boot as API, as worker, or both (local use). */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const workerModules: (Type | DynamicModule)[] = options.worker ? WORKER_MODULES : [];
    return {
      module: AppModule,
      // The web app's catch-all goes last so it never shadows an API route.
      imports: [
        ...CORE, ...FEATURES, MetricsModule.forRoot({ api: options.api }), ...(options.api ? [QueueDashboardModule] : []),
        ...workerModules, ...(options.api ? [WebAppModule.forRoot()] : []),
      ],
      controllers: options.api ? [SectorsController] : [],
      // Guards run in this order: who is calling, then their write budget; the interceptor checks the body's shape.
      providers: options.api
        ? [
            { provide: APP_GUARD, useClass: AuthGuard },
            { provide: APP_GUARD, useClass: WriteRateLimitGuard },
            { provide: APP_INTERCEPTOR, useClass: RequestShapeInterceptor },
          ]
        : [],
    };
  }
}

/** Job handlers live in each feature's `*.jobs.ts`, provided by its worker module; `JobsWorkerModule` runs the queues. */
const WORKER_MODULES: (Type | DynamicModule)[] = [MatchingWorkerModule, BookingWorkerModule, OutcomesWorkerModule, JobsWorkerModule];

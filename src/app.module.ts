import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './common/auth/auth.guard';
import { DomainEventsModule } from './common/events/domain-events';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { Account } from './modules/accounts/account.entity';
import { AccountsModule } from './modules/accounts/accounts.module';
import { DemandsModule } from './modules/demands/demands.module';
import { EventsModule } from './modules/events/events.module';
import { MatchingModule, MatchingWorkerModule } from './modules/matching/matching.module';
import { BookingModule, BookingWorkerModule } from './modules/booking/booking.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { HealthModule } from './modules/health/health.module';
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
  DomainEventsModule,
  TypeOrmModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => dataSourceOptions(config.env.DATABASE_URL) }),
  TypeOrmModule.forFeature([Account]),
  JwtModule.registerAsync({
    global: true,
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({ secret: config.env.JWT_SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
  }),
  QueueModule,
];

const FEATURES: (Type | DynamicModule)[] = [AccountsModule, ProfilesModule, DemandsModule, EventsModule, MatchingModule, BookingModule, NotificationsModule, HealthModule];

/** The same modules boot as API, as worker, or both (local use). */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const workerModules: (Type | DynamicModule)[] = options.worker ? WORKER_MODULES : [];
    return {
      module: AppModule,
      // The web app's catch-all goes last so it never shadows an API route.
      imports: [...CORE, ...FEATURES, ...workerModules, ...(options.api ? [WebAppModule.forRoot()] : [])],
      controllers: options.api ? [SectorsController] : [],
      providers: options.api ? [{ provide: APP_GUARD, useClass: AuthGuard }] : [],
    };
  }
}

/** Job handlers live in each feature's `*.jobs.ts`, provided by its worker module; `JobsWorkerModule` runs the queues. */
const WORKER_MODULES: (Type | DynamicModule)[] = [MatchingWorkerModule, BookingWorkerModule, JobsWorkerModule];

import { Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { attachReadPool, closeReadPool } from './read-pool';

/** The hot reads' pool (read-pool.ts): opened with the app, DB_READ_POOL_SIZE connections, closed at shutdown. */
@Injectable()
export class ReadPoolLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    attachReadPool(this.db, this.config.env.DB_READ_POOL_SIZE);
  }

  onApplicationShutdown(): Promise<void> {
    return closeReadPool(this.db);
  }
}

@Module({ providers: [ReadPoolLifecycle] })
export class DatabaseModule {}

import { Logger } from '@nestjs/common';
import { EventSubscriber, type EntityManager, type EntitySubscriberInterface, type QueryRunner, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';

type Callback = () => void;
const KEY = 'afterCommit';
const logger = new Logger('AfterCommit');

/**
 * Runs `fn` once the transaction `manager` belongs to has committed (at once outside a transaction); dropped on
 * rollback. For effects outside PostgreSQL (queueing mail, counting bookings) that must not happen for a change
 * that never committed. Callbacks must be quick and must not throw into the committer: they start work, not wait.
 */
export function afterCommit(manager: EntityManager, fn: Callback): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    ((runner.data[KEY] ??= []) as Callback[]).push(fn);
    return;
  }
  run([fn]);
}

function run(callbacks: Callback[]): void {
  for (const fn of callbacks) {
    try {
      fn();
    } catch (err) {
      logger.error(`after-commit callback failed: ${err instanceof Error ? err.message : err}`);
    }
  }
}

function take(runner: QueryRunner): Callback[] {
  const callbacks = (runner.data[KEY] ?? []) as Callback[];
  runner.data[KEY] = [];
  return callbacks;
}

/** Registered on the data source (data-source.ts); fires when the outermost transaction ends. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) run(take(event.queryRunner));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) take(event.queryRunner);
  }
}

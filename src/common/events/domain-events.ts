import { Global, Injectable, Logger, Module } from '@nestjs/common';

/** What happened, as facts other modules react to (re-score, cancel meetings) without the writer knowing them. */
export type DomainEvent =
  | { type: 'account.rejected'; accountId: string }
  | { type: 'profile.changed'; accountId: string }
  | { type: 'demand.changed'; demandId: string }
  | { type: 'demand.deleted'; demandId: string }
  | { type: 'participant.joined'; eventId: string; accountId: string }
  | { type: 'availability.changed'; eventId: string; accountId: string }
  | { type: 'event.weights-changed'; eventId: string }
  /** A booked meeting was released (cancelled, or ended by a no-show); `present` are the parties still free to meet. */
  | { type: 'meeting.freed'; eventId: string; meetingId: string; present: string[] };

type Handler<T extends DomainEvent['type']> = (event: Extract<DomainEvent, { type: T }>) => Promise<void>;

/**
 * In-process, awaited publish after the writer's transaction committed. Handlers must be idempotent and cheap
 * (typically: enqueue a job, or a small cleanup transaction); the reconcile sweeps cover a crash in between.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<string, Handler<never>[]>();

  on<T extends DomainEvent['type']>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as unknown as Handler<never>);
    this.handlers.set(type, list);
  }

  async publish(event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      try {
        await (handler as unknown as (e: DomainEvent) => Promise<void>)(event);
      } catch (err) {
        // The write already committed; a failed reaction is logged and picked up by reconcile sweeps.
        this.logger.error(`Handler for ${event.type} failed: ${err instanceof Error ? err.message : err}`);
      }
    }
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events';
import { AccountsService } from '../accounts/accounts.service';
import { DemandsService } from '../demands/demands.service';
import { MatchRunsService } from './match-runs.service';
import type { PartyKind } from '../../common/domain/party-kind';

/** What changes re-score whom: a profile or demand edit re-scores that party only; new weights the event. */
@Injectable()
export class MatchingListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly runs: MatchRunsService,
    private readonly accounts: AccountsService,
    private readonly demands: DemandsService,
  ) {}

  onModuleInit(): void {
    const partyOf = async (accountId: string): Promise<PartyKind | null> => {
      const account = await this.accounts.findById(accountId);
      return account?.role === 'startup' || account?.role === 'investor' ? account.role : null;
    };
    this.events.on('profile.changed', async ({ accountId }) => {
      const kind = await partyOf(accountId);
      if (kind) await this.runs.requestPartyScore(kind, accountId);
    });
    this.events.on('participant.joined', async ({ eventId, accountId }) => {
      const kind = await partyOf(accountId);
      if (kind) await this.runs.requestPartyScore(kind, accountId, eventId);
      else for (const demandId of await this.demands.liveIdsOf(accountId)) await this.runs.requestPartyScore('demand', demandId, eventId);
    });
    this.events.on('account.rejected', async ({ accountId }) => {
      const kind = await partyOf(accountId);
      if (kind) await this.runs.requestPartyScore(kind, accountId);
      else for (const demandId of await this.demands.liveIdsOf(accountId)) await this.runs.requestPartyScore('demand', demandId);
    });
    this.events.on('demand.changed', ({ demandId }) => this.runs.requestPartyScore('demand', demandId));
    this.events.on('demand.deleted', ({ demandId }) => this.runs.requestPartyScore('demand', demandId));
    this.events.on('event.weights-changed', async ({ eventId }) => {
      await this.runs.startRun(eventId);
    });
  }
}

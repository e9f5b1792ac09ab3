import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { DemandsModule } from '../demands/demands.module';
import { EventsModule } from '../events/events.module';
import { MatchCorpusRepository } from './match-corpus.repository';
import { MatchRunsService } from './match-runs.service';
import { MatchScoringService } from './match-scoring.service';
import { MatchStoreRepository } from './match-store.repository';
import { MatchDecision, Match, MatchRun } from './match.entities';
import { MatchesController } from './matches.controller';
import { MatchesRepository } from './matches.repository';
import { MatchesService } from './matches.service';
import { MatchingListeners } from './matching.listeners';
import { MatchingJobs } from './matching.jobs';

const SHARED = [MatchesRepository, MatchesService, MatchRunsService, MatchCorpusRepository, MatchStoreRepository, MatchScoringService];

@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchDecision, MatchRun]), EventsModule, AccountsModule, DemandsModule],
  controllers: [MatchesController],
  providers: [...SHARED, MatchingListeners],
  exports: SHARED,
})
export class MatchingModule {}

/** Worker side: the matching job handlers (only in processes that run jobs). */
@Module({ imports: [MatchingModule], providers: [MatchingJobs] })
export class MatchingWorkerModule {}

import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { MatchPartyGuard } from './match-party.guard';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors, ApiPageResponse, RunQueuedView } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { DeclineReasonsView, MatchRunView, MatchView } from './matches.views';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { Loaded } from '../../common/auth/loaded-resource';
import { DecisionDto, MatchListQuery } from './matches.dto';
import type { MatchRow } from './matches.repository';
import { MatchesService } from './matches.service';
import { MatchRunsService } from './match-runs.service';

@ApiTags('matching')
@ApiAuth()
@Controller('v1')
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly runs: MatchRunsService,
  ) {}

  @Get('events/:eventId/matches')
  @ApiOperation({
    summary: "The caller's matches in an event, best first",
    description: 'An investor its matched startups, a startup its investors and demands, a corporate the startups matched to its demands, an organizer all (filters startupId, investorId, demandId).',
  })
  @ApiPageResponse(MatchView)
  @ApiErrors(400, 404)
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: MatchListQuery): Promise<Page<MatchView>> {
    return this.matches.list(caller, eventId, query);
  }

  @Get('matches/:id')
  @ApiOperation({ summary: 'Get a match (its two parties and organizers)' })
  @ApiOkResponse({ type: MatchView })
  @ApiErrors(404)
  get(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Match')) id: string): Promise<MatchView> {
    return this.matches.get(caller, id);
  }

  @Put('matches/:id/decision')
  @UseGuards(MatchPartyGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOperation({
    summary: "Record the caller's decision on a match",
    description: 'interested | maybe | declined (with an optional reason), and a private note. Seen by its author and organizers; the other side learns only `mutual`.',
  })
  @ApiOkResponse({ type: MatchView })
  @ApiErrors(400, 404)
  decide(@CurrentUser() caller: Caller, @Loaded('match') match: MatchRow, @Body() dto: DecisionDto): Promise<MatchView> {
    return this.matches.decide(caller, match, dto);
  }

  @Post('events/:eventId/match-runs')
  @Roles('organizer')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-score the whole event (organizer)', description: 'Poll GET /v1/match-runs/{id}.' })
  @ApiAcceptedResponse({ type: RunQueuedView })
  @ApiErrors(404)
  startRun(@Param('eventId', new IdPipe('Event')) eventId: string): Promise<RunQueuedView> {
    return this.runs.startRun(eventId);
  }

  @Get('match-runs/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'Status and progress of a match run (organizer)' })
  @ApiOkResponse({ type: MatchRunView })
  @ApiErrors(404)
  getRun(@Param('id', new IdPipe('Match run')) id: string): Promise<MatchRunView> {
    return this.runs.getRun(id);
  }

  @Get('events/:eventId/reports/decline-reasons')
  @Roles('organizer')
  @ApiOperation({ summary: 'Decline reasons counted by side and kind (organizer)' })
  @ApiOkResponse({ type: DeclineReasonsView })
  @ApiErrors(404)
  declineReasons(@Param('eventId', new IdPipe('Event')) eventId: string): Promise<DeclineReasonsView> {
    return this.matches.declineReport(eventId);
  }
}

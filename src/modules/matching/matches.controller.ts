import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { MatchPartyGuard } from './match-party.guard';
import { ApiAcceptedResponse, ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { Loaded } from '../../common/auth/loaded-resource';
import { DecisionDto, MatchListQuery } from './matches.dto';
import type { MatchRow } from './matches.repository';
import { MatchesService } from './matches.service';
import { MatchRunsService } from './match-runs.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('v1')
export class MatchesController {
  constructor(
    private readonly matches: MatchesService,
    private readonly runs: MatchRunsService,
  ) {}

  @Get('events/:eventId/matches')
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: MatchListQuery) {
    return this.matches.list(caller, eventId, query);
  }

  @Get('matches/:id')
  get(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Match')) id: string) {
    return this.matches.get(caller, id);
  }

  @Put('matches/:id/decision')
  @UseGuards(MatchPartyGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  decide(@CurrentUser() caller: Caller, @Loaded('match') match: MatchRow, @Body() dto: DecisionDto) {
    return this.matches.decide(caller, match, dto);
  }

  @Post('events/:eventId/match-runs')
  @Roles('organizer')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '{id, status: "queued"}; poll GET /v1/match-runs/:id' })
  startRun(@Param('eventId', new IdPipe('Event')) eventId: string) {
    return this.runs.startRun(eventId);
  }

  @Get('match-runs/:id')
  @Roles('organizer')
  getRun(@Param('id', new IdPipe('Match run')) id: string) {
    return this.runs.getRun(id);
  }

  @Get('events/:eventId/reports/decline-reasons')
  @Roles('organizer')
  declineReasons(@Param('eventId', new IdPipe('Event')) eventId: string) {
    return this.matches.declineReport(eventId);
  }
}

import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EmptyAsUndefined } from '../../common/validation/transforms';
import type { FastifyReply as Response } from 'fastify';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { AgendaService } from './agenda.service';
import { CalendarFeedService } from './calendar-feed.service';
import { AgendaMeetingView, AgendaPitchView, AgendaView, CalendarFeedLinkView, ScheduleBoardView, ScheduleView } from './agenda.views';

export class ScheduleQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @EmptyAsUndefined() @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('agenda')
@ApiAuth()
@ApiExtraModels(AgendaMeetingView, AgendaPitchView, ScheduleView)
@Controller('v1/events/:eventId')
export class AgendaController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('agenda')
  @ApiOperation({ summary: "The caller's pitches and meetings, in the event's time zone" })
  @ApiOkResponse({ type: AgendaView })
  @ApiErrors(404)
  get(@CurrentUser() caller: Caller, @EventId() eventId: string): Promise<AgendaView> {
    return this.agenda.agenda(caller, eventId);
  }

  @Get('agenda.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="agenda.ics"')
  @ApiOperation({ summary: "The caller's agenda as iCalendar", description: 'Cancelled meetings keep their UID with STATUS:CANCELLED.' })
  @ApiOkResponse({ description: 'An RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string', example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n' } } } })
  @ApiErrors(404)
  calendar(@CurrentUser() caller: Caller, @EventId() eventId: string): Promise<string> {
    return this.agenda.calendar(caller, eventId);
  }

  @Get('agenda/feed')
  @ApiOperation({ summary: 'A calendar subscription link for my agenda (no bearer token needed to read it)' })
  @ApiOkResponse({ type: CalendarFeedLinkView })
  @ApiErrors(404)
  async feed(@CurrentUser() caller: Caller, @EventId() eventId: string): Promise<CalendarFeedLinkView> {
    await this.agenda.agenda(caller, eventId); // same access rule as the agenda itself
    return this.feeds.link(caller, eventId);
  }

  @Get('schedule')
  @Roles('organizer')
  @ApiOperation({ summary: "The event's whole schedule (organizer)", description: 'Every booked meeting and pitch, not paginated; `?format=csv` for a spreadsheet.' })
  @ApiOkResponse({
    description: 'JSON, or CSV with `?format=csv`',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ScheduleView) } },
      'text/csv': { schema: { type: 'string', example: 'type,id,startsAt,endsAt,table_or_room,participant_1,name_1,participant_2,name_2,request_or_session\r\n' } },
    },
  })
  @ApiErrors(400, 404)
  async schedule(@EventId() eventId: string, @Query() { format }: ScheduleQuery, @Res({ passthrough: true }) res: Response): Promise<ScheduleView | string> {
    if (format === 'csv') {
      res.header('Content-Type', 'text/csv; charset=utf-8');
      res.header('Content-Disposition', 'attachment; filename="schedule.csv"');
      return this.agenda.scheduleCsv(eventId);
    }
    return this.agenda.schedule(eventId);
  }

  @Get('schedule/board')
  @Roles('organizer')
  @ApiOperation({
    summary: "The schedule board's compact read of the whole schedule (organizer)",
    description:
      'The booked meetings and scheduled pitches of `GET …/schedule`, as columns: each person and each meeting time once, ' +
      'each meeting an id, a time index, a table and two person indexes (5,400 meetings: about a sixth of the schedule).',
  })
  @ApiOkResponse({ type: ScheduleBoardView })
  @ApiErrors(404)
  board(@EventId() eventId: string): Promise<ScheduleBoardView> {
    return this.agenda.board(eventId);
  }
}

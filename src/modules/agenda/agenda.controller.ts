import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { IdPipe } from '../../common/http/uuid.pipe';
import { AgendaService } from './agenda.service';
import { CalendarFeedService } from './calendar-feed.service';

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('agenda')
@ApiBearerAuth()
@Controller('v1/events/:eventId')
export class AgendaController {
  constructor(
    private readonly agenda: AgendaService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('agenda')
  get(@CurrentUser() caller: Caller, @EventId() eventId: string) {
    return this.agenda.agenda(caller, eventId);
  }

  @Get('agenda.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="agenda.ics"')
  calendar(@CurrentUser() caller: Caller, @EventId() eventId: string) {
    return this.agenda.calendar(caller, eventId);
  }

  @Get('agenda/feed')
  @ApiOperation({ summary: 'A calendar subscription link for my agenda (no bearer token needed to read it)' })
  async feed(@CurrentUser() caller: Caller, @EventId() eventId: string) {
    await this.agenda.agenda(caller, eventId); // same access rule as the agenda itself
    return this.feeds.link(caller, eventId);
  }

  @Get('schedule')
  @Roles('organizer')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async schedule(@EventId() eventId: string, @Query('format') format: string | undefined, @Res({ passthrough: true }) res: Response) {
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="schedule.csv"');
      return this.agenda.scheduleCsv(eventId);
    }
    if (format !== undefined && format !== 'json') throw AppError.invalid('format', 'format must be json or csv');
    return this.agenda.schedule(eventId);
  }
}

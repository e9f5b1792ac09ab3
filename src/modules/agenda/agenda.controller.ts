import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EmptyAsUndefined } from '../../common/validation/transforms';
import type { Response } from 'express';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { AgendaService } from './agenda.service';

export class ScheduleQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @EmptyAsUndefined() @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

const EventId = () => Param('eventId', new IdPipe('Event'));

@ApiTags('agenda')
@ApiBearerAuth()
@Controller('v1/events/:eventId')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

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

  @Get('schedule')
  @Roles('organizer')
  async schedule(@EventId() eventId: string, @Query() { format }: ScheduleQuery, @Res({ passthrough: true }) res: Response) {
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="schedule.csv"');
      return this.agenda.scheduleCsv(eventId);
    }
    return this.agenda.schedule(eventId);
  }
}

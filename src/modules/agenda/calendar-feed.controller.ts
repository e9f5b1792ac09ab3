import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { AgendaService } from './agenda.service';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('agenda')
@Controller('v1/calendar-feeds')
export class CalendarFeedController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly agenda: AgendaService,
  ) {}

  @Get(':token/agenda.ics')
  @Public()
  @ApiOperation({ summary: 'A member’s agenda as a calendar subscription (the link from GET …/agenda/feed)' })
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async calendar(@Param('token') token: string) {
    const { caller, eventId } = await this.feeds.resolve(token);
    return this.agenda.calendar(caller, eventId);
  }
}

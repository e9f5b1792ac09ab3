import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply as Response } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-responses';
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
  @ApiOkResponse({ description: 'An RFC 5545 calendar', content: { 'text/calendar': { schema: { type: 'string', example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n' } } } })
  @ApiErrors(404)
  async calendar(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { caller, eventId } = await this.feeds.resolve(token);
    const body = await this.agenda.calendar(caller, eventId);
    // Set only on success, so an unknown feed answers the JSON error envelope.
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Cache-Control', 'private, max-age=300');
    return body;
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';

/**
 * The newest run of each kind for an event, so the organizer's pages open on the last match run, schedule
 * run and IR allocation (their status and result come from the runs' own GET endpoints).
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/events/:eventId/runs')
export class LatestRunsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('latest')
  @Roles('organizer')
  @ApiOperation({ summary: 'Ids of the newest match run, schedule run and IR allocation of an event (organizer)' })
  async latest(@Param('eventId', new IdPipe('Event')) eventId: string): Promise<{ match: string | null; schedule: string | null; ir: string | null }> {
    const [row] = await this.db.query(
      `SELECT (SELECT id FROM match_runs WHERE event_id = $1 ORDER BY created_at DESC, id LIMIT 1) AS match,
              (SELECT id FROM booking_runs WHERE event_id = $1 AND kind = 'schedule' ORDER BY created_at DESC, id LIMIT 1) AS schedule,
              (SELECT id FROM booking_runs WHERE event_id = $1 AND kind = 'ir-allocation' ORDER BY created_at DESC, id LIMIT 1) AS ir`,
      [eventId],
    );
    return { match: row?.match ?? null, schedule: row?.schedule ?? null, ir: row?.ir ?? null };
  }
}

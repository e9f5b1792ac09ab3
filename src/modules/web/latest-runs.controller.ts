import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';

/**
 * The newest run of each kind for an event, so the organizer's pages open on the last match run, schedule
 * run and IR allocation (their status and result come from the runs' own GET endpoints).
 */
export class LatestRunsView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8' }) match: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '1c2d3e4f-5061-4b72-9c83-a4b5c6d7e8f9' }) schedule: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) ir: string | null;
}

@ApiTags('events')
@ApiAuth()
@Controller('v1/events/:eventId/runs')
export class LatestRunsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('latest')
  @Roles('organizer')
  @ApiOkResponse({ type: LatestRunsView })
  @ApiErrors(404)
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

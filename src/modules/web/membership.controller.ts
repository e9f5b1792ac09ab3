import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AllowPending, type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';

/** Whether the caller has joined an event: the web app asks before showing event pages (a 403 would be noise). */
export class MembershipView {
  @ApiProperty({ example: true }) joined: boolean;
}

@ApiTags('events')
@ApiAuth()
@Controller('v1/events/:eventId/me')
export class MembershipController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('membership')
  @AllowPending()
  @ApiOkResponse({ type: MembershipView })
  @ApiErrors(404)
  @ApiOperation({ summary: 'Whether I have joined this event' })
  async membership(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string): Promise<{ joined: boolean }> {
    const [row] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM event_participants WHERE event_id = $1 AND account_id = $2) AS joined`, [eventId, caller.id]);
    return { joined: !!row?.joined };
  }
}

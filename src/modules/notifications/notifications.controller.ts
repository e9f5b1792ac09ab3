import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { PageQuery } from '../../common/pagination/pagination';
import { MarkNotificationsReadDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Bookings, moves, cancellations and requests that concern the caller, newest first, with the unread count. */
  @Get()
  @ApiOperation({ summary: 'List my notifications (with the unread count)' })
  list(@CurrentUser() caller: Caller, @Query() query: PageQuery) {
    return this.notifications.list(caller.id, query);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark my notifications read (all, or the given ids)' })
  markRead(@CurrentUser() caller: Caller, @Body() body: MarkNotificationsReadDto) {
    return this.notifications.markRead(caller.id, body.ids);
  }
}

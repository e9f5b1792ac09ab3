import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { PageQuery } from '../../common/pagination/pagination';
import { MarkNotificationsReadDto, MarkNotificationsReadView } from './notifications.dto';
import { NotificationsService } from './notifications.service';
import { NotificationListView } from './notifications.views';

@ApiTags('notifications')
@ApiAuth()
@Controller('v1/me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Bookings, moves, cancellations and requests that concern the caller, newest first, with the unread count. */
  @Get()
  @ApiOperation({ summary: "The caller's notifications, newest first, with the unread count" })
  @ApiOkResponse({ type: NotificationListView })
  @ApiErrors(400)
  list(@CurrentUser() caller: Caller, @Query() query: PageQuery): Promise<NotificationListView> {
    return this.notifications.list(caller.id, query);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark my notifications read (all, or the given ids)' })
  @ApiOkResponse({ type: MarkNotificationsReadView })
  @ApiErrors(400)
  markRead(@CurrentUser() caller: Caller, @Body() body: MarkNotificationsReadDto) {
    return this.notifications.markRead(caller.id, body.ids);
  }
}

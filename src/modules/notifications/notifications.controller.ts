import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import { type Page, PageQuery } from '../../common/pagination/pagination';
import { NotificationsService } from './notifications.service';
import { NotificationView } from './notifications.views';

@ApiTags('notifications')
@ApiAuth()
@Controller('v1/me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Bookings, moves, cancellations and requests that concern the caller, newest first. */
  @Get()
  @ApiOperation({ summary: "The caller's notifications, newest first" })
  @ApiPageResponse(NotificationView)
  @ApiErrors(400)
  list(@CurrentUser() caller: Caller, @Query() query: PageQuery): Promise<Page<NotificationView>> {
    return this.notifications.list(caller.id, query);
  }
}

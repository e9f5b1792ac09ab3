import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser } from '../../common/auth/auth.decorators';
import { PageQuery } from '../../common/pagination/pagination';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Bookings, moves, cancellations and requests that concern the caller, newest first. */
  @Get()
  list(@CurrentUser() caller: Caller, @Query() query: PageQuery) {
    return this.notifications.list(caller.id, query);
  }
}

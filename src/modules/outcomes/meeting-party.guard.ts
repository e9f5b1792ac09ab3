import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/http/uuid.pipe';
import { AttendanceService } from './attendance.service';

/**
 * Routes only a meeting's two parties may act on (check-in, own outcome): runs before body validation, so a
 * stranger gets 404 and an organizer 403 whatever the body says, as the contract orders authorization first.
 */
@Injectable()
export class MeetingPartyGuard implements CanActivate {
  constructor(private readonly attendance: AttendanceService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const id = request.params.id;
    if (!isUuid(id)) throw AppError.notFound('Meeting');
    await this.attendance.ownMeeting(request.caller, id.toLowerCase());
    return true;
  }
}

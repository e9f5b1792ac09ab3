import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { keepLoaded } from '../../common/auth/loaded-resource';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/http/uuid.pipe';
import { decidingSide } from './match-access';
import { MatchesRepository } from './matches.repository';

/**
 * Runs before body validation: an invisible match is 404 and an organizer (who sees but does not decide) 403.
 * Hands the loaded match to the handler as `@Loaded('match')`.
 */
@Injectable()
export class MatchPartyGuard implements CanActivate {
  constructor(private readonly matches: MatchesRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const id = request.params.id;
    if (!isUuid(id)) throw AppError.notFound('Match');
    const row = await this.matches.findVisible(request.caller, id.toLowerCase());
    if (!row) throw AppError.notFound('Match');
    decidingSide(request.caller, row);
    keepLoaded(request, 'match', row);
    return true;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keepLoaded } from '../../common/auth/loaded-resource';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/http/uuid.pipe';
import { assertMayChangeDemand } from './demand-access';
import { Demand } from './demand.entity';

/**
 * Runs before body validation, so acting on another's demand is 403 whatever the body says, and an unknown one 404.
 * Hands the loaded demand to the handler as `@Loaded('demand')`.
 */
@Injectable()
export class DemandOwnerGuard implements CanActivate {
  constructor(@InjectRepository(Demand) private readonly demands: Repository<Demand>) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const id = request.params.id;
    const demand = isUuid(id) ? await this.demands.findOneBy({ id: id.toLowerCase() }) : null;
    if (!demand) throw AppError.notFound('Demand');
    assertMayChangeDemand(request.caller, demand);
    keepLoaded(request, 'demand', demand);
    return true;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/http/uuid.pipe';
import { Demand } from './demand.entity';

/** Runs before body validation, so acting on another's demand is 403 whatever the body says. */
@Injectable()
export class DemandOwnerGuard implements CanActivate {
  constructor(@InjectRepository(Demand) private readonly demands: Repository<Demand>) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const id = request.params.id;
    if (request.caller?.role === 'organizer' || !isUuid(id)) return true;
    const demand = await this.demands.findOne({ where: { id }, select: { id: true, ownerId: true } });
    if (demand && demand.ownerId !== request.caller?.id) throw AppError.forbidden('This demand belongs to another company');
    return true;
  }
}

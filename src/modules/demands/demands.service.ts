import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { type Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { pageOf, skipOf } from '../../common/pagination/pagination';
import { searchTextOf, whereSearch } from '../../common/search/search-text';
import { Account } from '../accounts/account.entity';
import { CorporateProfile } from '../profiles/profile.entities';
import { NotificationsService } from '../notifications/notifications.service';
import { CreateDemandDto, DemandListQuery, toDemandView, UpdateDemandDto } from './demands.dto';
import { Demand } from './demand.entity';

@Injectable()
export class DemandsService {
  constructor(
    @InjectRepository(Demand) private readonly demands: Repository<Demand>,
    @InjectRepository(CorporateProfile) private readonly corporates: Repository<CorporateProfile>,
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
  ) {}

  async create(owner: Caller, dto: CreateDemandDto) {
    const demand = await this.demands.save(
      this.demands.create({
        ownerId: owner.id, title: dto.title, description: dto.description, sectors: dto.sectors, keywords: dto.keywords,
        minTrl: dto.minTrl ?? null, collaboration: dto.collaboration, deadline: dto.deadline ?? null,
        searchText: searchTextOf(dto.title, dto.description, dto.keywords),
      }),
    );
    await this.events.publish({ type: 'demand.changed', demandId: demand.id });
    return this.get(demand.id);
  }

  async get(id: string) {
    const demand = await this.demands.findOneBy({ id });
    if (!demand) throw AppError.notFound('Demand');
    return toDemandView(demand, await this.ownerOf(demand.ownerId));
  }

  /** `demand` is the one the route's guard loaded and checked. */
  async update(demand: Demand, dto: UpdateDemandDto) {
    Object.assign(demand, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
    demand.searchText = searchTextOf(demand.title, demand.description, demand.keywords);
    await this.demands.save(demand);
    await this.events.publish({ type: 'demand.changed', demandId: demand.id });
    return this.get(demand.id);
  }

  /**
   * The owner deletes its demand; an organizer may remove any (moderation) but must give a reason, which is
   * kept with the soft-deleted row and sent to the owner as a notification. `demand` is the one the guard loaded.
   */
  async remove(caller: Caller, demand: Demand, reason?: string): Promise<void> {
    const moderated = caller.role === 'organizer' && demand.ownerId !== caller.id;
    if (moderated && !reason) throw AppError.invalid('reason', 'reason is required when an organizer removes a company\'s demand');
    await this.demands.manager.transaction(async (tx) => {
      await tx.update(Demand, { id: demand.id }, { deletedBy: caller.id, deletedReason: moderated ? reason! : null, deletedAt: () => 'now()' });
      if (moderated) {
        await this.notifications.add(tx, [{
          accountId: demand.ownerId, eventId: null, type: 'demand.removed', payload: { demandId: demand.id, title: demand.title, reason, by: caller.id },
        }]);
      }
    });
    await this.events.publish({ type: 'demand.deleted', demandId: demand.id });
  }

  async list(query: DemandListQuery) {
    const qb = this.demands
      .createQueryBuilder('d')
      .innerJoin(Account, 'a', 'a.id = d.owner_id AND a.status = :active', { active: 'active' });
    if (query.sector) qb.andWhere(':sector = ANY(d.sectors)', { sector: query.sector });
    if (query.ownerId) qb.andWhere('d.owner_id = :ownerId', { ownerId: query.ownerId });
    whereSearch(qb, 'd.search_text', query.q);
    const [rows, total] = await qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'ASC').skip(skipOf(query)).take(query.limit).getManyAndCount();
    const owners = await this.corporates.findBy({ accountId: In([...new Set(rows.map((d) => d.ownerId))]) });
    const byId = new Map(owners.map((o) => [o.accountId, { accountId: o.accountId, company: o.company }]));
    return pageOf(rows.map((d) => toDemandView(d, byId.get(d.ownerId) ?? null)), total, query);
  }

  /** Ids of a corporate's live (not deleted) demands. */
  async liveIdsOf(ownerId: string): Promise<string[]> {
    return (await this.demands.find({ where: { ownerId }, select: { id: true } })).map((d) => d.id);
  }

  private async ownerOf(accountId: string) {
    const profile = await this.corporates.findOneBy({ accountId });
    return profile ? { accountId, company: profile.company } : null;
  }
}

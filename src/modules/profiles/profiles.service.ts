import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { toUsd } from '../../common/domain/money';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { type Page, pageOf, skipOf } from '../../common/pagination/pagination';
import { searchTextOf, whereSearch } from '../../common/search/search-text';
import { primaryKeyReader } from '../../database/prepared';
import { Account } from '../accounts/account.entity';
import type { Caller } from '../../common/auth/auth.decorators';
import { seesDeck } from './startup-access';
import { CorporateProfileDto, InvestorListQuery, InvestorProfileDto, StartupListQuery, StartupProfileDto, toCorporateView, toInvestorView, toStartupView } from './profiles.dto';
import { CorporateProfile, InvestorProfile, StartupProfile } from './profile.entities';

@Injectable()
export class ProfilesService {
  constructor(
    @InjectRepository(StartupProfile) private readonly startups: Repository<StartupProfile>,
    @InjectRepository(InvestorProfile) private readonly investors: Repository<InvestorProfile>,
    @InjectRepository(CorporateProfile) private readonly corporates: Repository<CorporateProfile>,
    private readonly events: DomainEvents,
  ) {
    this.startupById = primaryKeyReader(startups);
    this.investorById = primaryKeyReader(investors);
    this.corporateById = primaryKeyReader(corporates);
  }

  // /v1/me reads the caller's profile on every call: prepared reads, their SQL built once.
  private readonly startupById: (id: string) => Promise<StartupProfile | null>;
  private readonly investorById: (id: string) => Promise<InvestorProfile | null>;
  private readonly corporateById: (id: string) => Promise<CorporateProfile | null>;

  async putStartup(accountId: string, dto: StartupProfileDto) {
    const profile = this.startups.create({
      accountId, name: dto.name, country: dto.country, sector: dto.sector, stage: dto.stage, trl: dto.trl,
      fundingAskAmount: dto.fundingAsk.amount, fundingAskCurrency: dto.fundingAsk.currency,
      foundedYear: dto.foundedYear, employees: dto.employees, keywords: dto.keywords, description: dto.description,
      deckUrl: dto.deckUrl ?? null, searchText: searchTextOf(dto.name, dto.description, dto.keywords),
    });
    await this.startups.save(profile);
    await this.events.publish({ type: 'profile.changed', accountId });
    return toStartupView((await this.startups.findOneByOrFail({ accountId }))!, true);
  }

  async putInvestor(accountId: string, dto: InvestorProfileDto) {
    if (toUsd(dto.ticketMin) > toUsd(dto.ticketMax)) throw AppError.invalid('ticketMax', 'ticketMax must not be below ticketMin');
    const profile = this.investors.create({
      accountId, firm: dto.firm, sectors: dto.sectors, stages: dto.stages,
      ticketMinAmount: dto.ticketMin.amount, ticketMinCurrency: dto.ticketMin.currency,
      ticketMaxAmount: dto.ticketMax.amount, ticketMaxCurrency: dto.ticketMax.currency,
      countries: dto.countries, thesis: dto.thesis, maxMeetingsPerDay: dto.maxMeetingsPerDay,
      searchText: searchTextOf(dto.firm, dto.thesis),
    });
    await this.investors.save(profile);
    await this.events.publish({ type: 'profile.changed', accountId });
    return toInvestorView(await this.investors.findOneByOrFail({ accountId }));
  }

  async putCorporate(accountId: string, dto: CorporateProfileDto) {
    await this.corporates.save(
      this.corporates.create({ accountId, company: dto.company, country: dto.country, description: dto.description ?? null }),
    );
    return toCorporateView(await this.corporates.findOneByOrFail({ accountId }));
  }

  /** The caller's own profile (deck included), or null before it is written. */
  async profileOf(account: Pick<Account, 'id' | 'role'>) {
    switch (account.role) {
      case 'startup': {
        const p = await this.startupById(account.id);
        return p ? toStartupView(p, seesDeck(account, 'self')) : null;
      }
      case 'investor': {
        const p = await this.investorById(account.id);
        return p ? toInvestorView(p) : null;
      }
      case 'corporate': {
        const p = await this.corporateById(account.id);
        return p ? toCorporateView(p) : null;
      }
      default:
        return null;
    }
  }

  /** Startups of active accounts, filtered; deck links as `seesDeck` allows (the catalogue knows no matches). */
  async listStartups(query: StartupListQuery, viewer: Caller): Promise<Page<ReturnType<typeof toStartupView>>> {
    const withDeck = seesDeck(viewer, 'other');
    const qb = this.startups
      .createQueryBuilder('p')
      .innerJoin(Account, 'a', 'a.id = p.account_id AND a.status = :active', { active: 'active' });
    if (query.sector) qb.andWhere('p.sector = :sector', { sector: query.sector });
    if (query.stage) qb.andWhere('p.stage = :stage', { stage: query.stage });
    if (query.country) qb.andWhere('p.country = :country', { country: query.country });
    whereSearch(qb, 'p.search_text', query.q);
    const [rows, total] = await qb.orderBy('p.name', 'ASC').addOrderBy('p.account_id', 'ASC').skip(skipOf(query)).take(query.limit).getManyAndCount();
    return pageOf(rows.map((p) => toStartupView(p, withDeck)), total, query);
  }

  async listInvestors(query: InvestorListQuery): Promise<Page<ReturnType<typeof toInvestorView>>> {
    const qb = this.investors
      .createQueryBuilder('p')
      .innerJoin(Account, 'a', 'a.id = p.account_id AND a.status = :active', { active: 'active' });
    if (query.sector) qb.andWhere(':sector = ANY(p.sectors)', { sector: query.sector });
    whereSearch(qb, 'p.search_text', query.q);
    const [rows, total] = await qb.orderBy('p.firm', 'ASC').addOrderBy('p.account_id', 'ASC').skip(skipOf(query)).take(query.limit).getManyAndCount();
    return pageOf(rows.map(toInvestorView), total, query);
  }

  /** Profiles of many accounts in three queries (no N+1), keyed by account id, as `viewer` may see them. */
  async profilesOf(accounts: Pick<Account, 'id' | 'role'>[], viewer: Caller): Promise<Map<string, object>> {
    const ids = (role: string) => accounts.filter((a) => a.role === role).map((a) => a.id);
    const [s, i, c] = await Promise.all([
      ids('startup').length ? this.startups.findBy({ accountId: In(ids('startup')) }) : [],
      ids('investor').length ? this.investors.findBy({ accountId: In(ids('investor')) }) : [],
      ids('corporate').length ? this.corporates.findBy({ accountId: In(ids('corporate')) }) : [],
    ]);
    const out = new Map<string, object>();
    s.forEach((p) => out.set(p.accountId, toStartupView(p, seesDeck(viewer, p.accountId === viewer.id ? 'self' : 'other'))));
    i.forEach((p) => out.set(p.accountId, toInvestorView(p)));
    c.forEach((p) => out.set(p.accountId, toCorporateView(p)));
    return out;
  }

  findStartup(accountId: string) {
    return this.startups.findOneBy({ accountId });
  }
  findInvestor(accountId: string) {
    return this.investors.findOneBy({ accountId });
  }
  findCorporate(accountId: string) {
    return this.corporates.findOneBy({ accountId });
  }
}

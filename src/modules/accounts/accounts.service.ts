import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { type Page, pageOf, skipOf } from '../../common/pagination/pagination';
import { isUniqueViolation } from '../../database/pg-errors';
import { DomainEvents } from '../../common/events/domain-events';
import { Account, type AccountStatus } from './account.entity';
import { AccountListQuery, LoginDto, SignupDto, toAccountView, type UpdateMeDto } from './accounts.dto';
import type { AccountView, TokenView } from './accounts.views';
import { LoginThrottleService } from './login-throttle.service';
import { foldEmail, hashPassword, verifyPassword } from './passwords';


const ALLOWED_TRANSITIONS: Record<AccountStatus, AccountStatus[]> = {
  pending: ['active', 'rejected'],
  active: ['rejected'],
  rejected: [],
};

@Injectable()
export class AccountsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);
  /** Compared against when the email is unknown, so timing does not reveal which emails exist. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly events: DomainEvents,
  ) {}

  /** The first organizer comes from the environment; created once, never overwritten. */
  async onApplicationBootstrap(): Promise<void> {
    const email = foldEmail(this.config.env.ORGANIZER_EMAIL);
    if (await this.accounts.existsBy({ email })) return;
    const passwordHash = await hashPassword(this.config.env.ORGANIZER_PASSWORD);
    const result = await this.accounts
      .createQueryBuilder()
      .insert()
      .values({ email, passwordHash, role: 'organizer', status: 'active', displayName: 'Organizer' })
      .orIgnore()
      .execute();
    if (result.identifiers.length > 0 && result.identifiers[0]) this.logger.log(`Created organizer ${email}`);
  }

  async signup(dto: SignupDto): Promise<AccountView> {
    const passwordHash = await hashPassword(dto.password);
    const status: AccountStatus = dto.role === 'startup' ? 'active' : 'pending';
    try {
      const saved = await this.accounts.save(
        this.accounts.create({ email: dto.email, passwordHash, role: dto.role, status, displayName: dto.displayName }),
      );
      return toAccountView(saved);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('An account with this email already exists', ErrorCode.EmailTaken);
      throw err;
    }
  }

  async login(dto: LoginDto, ip: string): Promise<TokenView> {
    await this.throttle.assertAllowed(dto.email, ip);
    const account = await this.accounts.findOne({
      where: { email: dto.email },
      select: { id: true, role: true, status: true, passwordHash: true },
    });
    this.dummyHash ??= hashPassword('not-a-real-password');
    const { ok, rehash } = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), dto.password);
    if (!account || !ok) {
      await this.throttle.recordFailure(dto.email, ip);
      throw new AppError(ErrorCode.Unauthenticated, 'Wrong email or password');
    }
    await this.throttle.reset(dto.email, ip);
    // Hashes from before argon2id are replaced the first time their password is seen.
    if (rehash) await this.accounts.update({ id: account.id }, { passwordHash: await hashPassword(dto.password) });
    if (account.status === 'rejected') throw new AppError(ErrorCode.AccountRejected, 'This account was rejected');
    const expiresIn = this.config.env.JWT_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync({ sub: account.id, role: account.role }, { expiresIn });
    return { accessToken, expiresIn, tokenType: 'Bearer' };
  }

  /** A member's own changes (`PATCH /v1/me`); fields left out stay as they are. */
  async updateMe(id: string, dto: UpdateMeDto): Promise<Account> {
    const changes = {
      ...(dto.displayName !== undefined ? { displayName: dto.displayName } : {}),
      ...(dto.locale !== undefined ? { locale: dto.locale } : {}),
    };
    if (Object.keys(changes).length > 0) await this.accounts.update({ id }, changes);
    return this.accounts.findOneByOrFail({ id });
  }

  async findById(id: string): Promise<Account | null> {
    return this.accounts.findOneBy({ id });
  }

  async list(query: AccountListQuery): Promise<Page<Account>> {
    const [items, total] = await this.accounts.findAndCount({
      where: { ...(query.role ? { role: query.role } : {}), ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: skipOf(query),
      take: query.limit,
    });
    return pageOf(items, total, query);
  }

  /** pending → active | rejected, active → rejected; anything else is 409. Organizers are not moderated. */
  async setStatus(id: string, status: 'active' | 'rejected'): Promise<Account> {
    const account = await this.accounts.findOneBy({ id });
    if (!account) throw AppError.notFound('Account');
    if (account.status === status) return account;
    if (account.role === 'organizer' || !ALLOWED_TRANSITIONS[account.status].includes(status)) {
      throw AppError.conflict(`Cannot change a ${account.status} ${account.role} account to ${status}`, ErrorCode.InvalidTransition);
    }
    const updated = await this.accounts
      .createQueryBuilder()
      .update()
      .set({ status, updatedAt: () => 'now()' })
      .where('id = :id AND status = :from', { id, from: account.status })
      .returning('*')
      .execute();
    if (updated.affected !== 1) throw AppError.conflict('The account changed meanwhile; retry', ErrorCode.InvalidTransition);
    if (status === 'rejected') await this.events.publish({ type: 'account.rejected', accountId: id });
    return { ...account, status };
  }
}

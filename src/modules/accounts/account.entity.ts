import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['organizer', 'startup', 'investor', 'corporate'] as const;
export type Role = (typeof ROLES)[number];
export const MEMBER_ROLES = ['startup', 'investor', 'corporate'] as const;

/** Languages of e-mails and the web app. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ACCOUNT_STATUSES = ['pending', 'active', 'rejected'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique in the schema. */
  @Column('text')
  email: string;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('text')
  role: Role;

  @Column('text')
  status: AccountStatus;

  @Column('text')
  displayName: string;

  /** null: not chosen yet (the web app follows the browser; e-mails use Korean). */
  @Column('text', { nullable: true })
  locale: Locale | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

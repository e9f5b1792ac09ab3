import { Column, CreateDateColumn, DeleteDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CollaborationType, SectorCode } from '../../common/domain/sectors';

@Entity('demands')
export class Demand {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') ownerId: string;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text', { array: true }) sectors: SectorCode[];
  @Column('text', { array: true }) keywords: string[];
  @Column('int', { nullable: true }) minTrl: number | null;
  @Column('text', { array: true }) collaboration: CollaborationType[];
  @Column('date', { nullable: true }) deadline: string | null;
  @Column('text', { select: false }) searchText: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  /** Deleted demands keep their decided matches for reports; they vanish from every read. */
  @DeleteDateColumn({ type: 'timestamptz' }) deletedAt: Date | null;
  /** Set when an organizer removed it (moderation), with the reason the owner was told. */
  @Column('uuid', { nullable: true, select: false }) deletedBy: string | null;
  @Column('text', { nullable: true, select: false }) deletedReason: string | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { Text } from '../../common/validation/validators';
import { DECISIONS, DECLINE_REASONS } from './match.entities';
import type { Decision, DeclineReason } from './match.entities';

export class MatchListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['score'], default: 'score', description: 'score: best first' })
  @EmptyAsUndefined() @IsOptional() @IsIn(['score']) sort?: 'score';
  @ApiPropertyOptional({ enum: [...DECISIONS, 'none'], description: "The caller's own decision (organizers: either side's); none = undecided" })
  @EmptyAsUndefined() @IsOptional() @IsIn([...DECISIONS, 'none']) decision?: Decision | 'none';
  @ApiPropertyOptional({ enum: ['investor', 'demand'] }) @EmptyAsUndefined() @IsOptional() @IsIn(['investor', 'demand']) kind?: 'investor' | 'demand';
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @EmptyAsUndefined() @IsOptional() @IsIn(['true', 'false']) mutual?: 'true' | 'false';
  @ApiPropertyOptional() @EmptyAsUndefined() @IsOptional() @IsUUID() startupId?: string;
  @ApiPropertyOptional() @EmptyAsUndefined() @IsOptional() @IsUUID() investorId?: string;
  @ApiPropertyOptional() @EmptyAsUndefined() @IsOptional() @IsUUID() demandId?: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISIONS, example: 'interested' }) @IsIn(DECISIONS) decision: Decision;
  @ApiPropertyOptional({ example: '팀 역량 우수, 2차 미팅 희망', description: 'Private: seen by its author and organizers only', nullable: true })
  @IsOptional() @NormalizeText() @Text(2000, 0) note?: string;
  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Only with decision = declined' })
  @IsOptional() @ValidateIf((o) => o.reason !== undefined) @IsIn(DECLINE_REASONS) reason?: DeclineReason;
}

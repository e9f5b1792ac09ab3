import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { SECTOR_CODES, STAGES } from '../../common/domain/sectors';
import type { SectorCode, Stage } from '../../common/domain/sectors';
import { PageQuery } from '../../common/pagination/pagination';
import { MoneyDto } from '../../common/validation/common.dto';
import { EmptyAsUndefined, NormalizeList, NormalizeText } from '../../common/validation/transforms';
import { IsCountryCode, Nested, OneOfEach, Text, TextList } from '../../common/validation/validators';
import { CorporateProfile, InvestorProfile, StartupProfile } from './profile.entities';
import type { CorporateView, InvestorView, StartupView } from './profiles.views';

const upper = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

export class StartupProfileDto {
  @ApiProperty({ example: '큐비트랩 (QubitLab)' }) @Text(200) name: string;
  @ApiProperty({ example: 'KR' }) @upper() @IsCountryCode() country: string;
  @ApiProperty({ enum: SECTOR_CODES, example: 'quantum' }) @IsIn(SECTOR_CODES) sector: SectorCode;
  @ApiProperty({ enum: STAGES, example: 'seed' }) @IsIn(STAGES) stage: Stage;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 9, example: 5 }) @IsInt() @Min(1) @Max(9) trl: number;
  @ApiProperty({ type: MoneyDto }) @Nested(() => MoneyDto) fundingAsk: MoneyDto;
  @ApiProperty({ type: 'integer', minimum: 1800, maximum: 2100, example: 2021 }) @IsInt() @Min(1800) @Max(2100) foundedYear: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 14 }) @IsInt() @Min(0) @Max(1_000_000) employees: number;
  @ApiProperty({ example: ['양자컴퓨팅', 'quantum error correction', 'cryogenic'] })
  @NormalizeList() @TextList(30) keywords: string[];
  @ApiProperty({ example: '초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다. We build error-corrected superconducting qubit chips.' })
  @Text(5000) description: string;
  @ApiPropertyOptional({ example: 'https://qubitlab.kr/deck.pdf', nullable: true })
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) deckUrl?: string;
}

export class InvestorProfileDto {
  @ApiProperty({ example: 'Han River Deep Tech Partners' }) @Text(200) firm: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum', 'system-semiconductor'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(SECTOR_CODES) sectors: SectorCode[];
  @ApiProperty({ enum: STAGES, isArray: true, example: ['seed', 'series-a'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(STAGES) stages: Stage[];
  @ApiProperty({ type: MoneyDto }) @Nested(() => MoneyDto) ticketMin: MoneyDto;
  @ApiProperty({ type: MoneyDto }) @Nested(() => MoneyDto) ticketMax: MoneyDto;
  @ApiProperty({ example: ['KR', 'SG'], description: 'ISO 3166-1 alpha-2; empty = any country' })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value))
  @IsArray() @ArrayMaxSize(250) @ArrayUnique() @IsCountryCode({ each: true }) countries: string[];
  @ApiProperty({ example: '양자·반도체 분야 시드~시리즈A 딥테크에 투자합니다. Seed to Series A in quantum and chips.' })
  @Text(5000) thesis: string;
  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) maxMeetingsPerDay: number;
}

export class CorporateProfileDto {
  @ApiProperty({ example: 'Hanbit Electronics' }) @Text(200) company: string;
  @ApiProperty({ example: 'KR' }) @upper() @IsCountryCode() country: string;
  @ApiPropertyOptional({ example: '오픈이노베이션 프로그램 운영', nullable: true }) @IsOptional() @Text(5000, 0) description?: string;
}

export class StartupListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SECTOR_CODES }) @EmptyAsUndefined() @IsOptional() @IsIn(SECTOR_CODES) sector?: SectorCode;
  @ApiPropertyOptional({ enum: STAGES }) @EmptyAsUndefined() @IsOptional() @IsIn(STAGES) stage?: Stage;
  @ApiPropertyOptional({ example: 'KR' }) @EmptyAsUndefined() @upper() @IsOptional() @IsCountryCode() country?: string;
  @ApiPropertyOptional({ example: '양자', description: 'Words (Korean or English) that must all appear in name, description or keywords' })
  @EmptyAsUndefined() @NormalizeText() @IsOptional() @Text(200) q?: string;
}

export class InvestorListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SECTOR_CODES }) @EmptyAsUndefined() @IsOptional() @IsIn(SECTOR_CODES) sector?: SectorCode;
  @ApiPropertyOptional({ example: 'quantum' }) @EmptyAsUndefined() @NormalizeText() @IsOptional() @Text(200) q?: string;
}

/** `withDeck`: whether the viewer may see the deck link (the rule is `seesDeck` in `startup-access.ts`). */
export function toStartupView(p: StartupProfile, withDeck: boolean): StartupView {
  return {
    accountId: p.accountId, name: p.name, country: p.country, sector: p.sector, stage: p.stage, trl: p.trl,
    fundingAsk: { amount: p.fundingAskAmount, currency: p.fundingAskCurrency },
    foundedYear: p.foundedYear, employees: p.employees, keywords: p.keywords, description: p.description,
    ...(withDeck ? { deckUrl: p.deckUrl } : {}),
  };
}

export function toInvestorView(p: InvestorProfile): InvestorView {
  return {
    accountId: p.accountId, firm: p.firm, sectors: p.sectors, stages: p.stages,
    ticketMin: { amount: p.ticketMinAmount, currency: p.ticketMinCurrency },
    ticketMax: { amount: p.ticketMaxAmount, currency: p.ticketMaxCurrency },
    countries: p.countries, thesis: p.thesis, maxMeetingsPerDay: p.maxMeetingsPerDay,
  };
}

export function toCorporateView(p: CorporateProfile): CorporateView {
  return { accountId: p.accountId, company: p.company, country: p.country, description: p.description };
}

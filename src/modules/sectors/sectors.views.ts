import { ApiProperty } from '@nestjs/swagger';
import { SECTOR_CODES, STAGES } from '../../common/domain/sectors';

export class SectorNamesView {
  @ApiProperty({ example: 'Quantum technology' }) en: string;
  @ApiProperty({ example: '양자기술' }) ko: string;
}

export class SectorView {
  @ApiProperty({ enum: SECTOR_CODES, example: 'quantum' }) code: string;
  @ApiProperty({ example: 'Quantum technology', description: 'English name' }) name: string;
  @ApiProperty({ example: '양자기술', description: 'Korean name' }) nameKo: string;
  @ApiProperty({ type: SectorNamesView }) names: SectorNamesView;
}

export class SectorsView {
  @ApiProperty({ type: [SectorView], description: 'The ten strategic fields' }) items: SectorView[];
  @ApiProperty({ enum: STAGES, isArray: true, example: STAGES }) stages: readonly string[];
}

import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { SECTORS, STAGES } from '../../common/domain/sectors';
import { SectorsView } from './sectors.views';

@ApiTags('sectors')
@Controller('v1')
export class SectorsController {
  @Public()
  @Get('sectors')
  @ApiOperation({ summary: 'The ten sectors (English and Korean names) and the funding stages' })
  @ApiOkResponse({ type: SectorsView })
  sectors(): SectorsView {
    return { items: SECTORS.map((s) => ({ code: s.code, name: s.en, nameKo: s.ko, names: { en: s.en, ko: s.ko } })), stages: STAGES };
  }
}

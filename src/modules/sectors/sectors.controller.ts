import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { SECTORS, STAGES } from '../../common/domain/sectors';

@ApiTags('sectors')
@Controller('v1')
export class SectorsController {
  @Public()
  @Get('sectors')
  sectors() {
    return { items: SECTORS.map((s) => ({ code: s.code, name: s.en, nameKo: s.ko, names: { en: s.en, ko: s.ko } })), stages: STAGES };
  }
}

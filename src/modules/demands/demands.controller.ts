import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { DemandOwnerGuard } from './demand-owner.guard';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateDemandDto, DemandListQuery, UpdateDemandDto } from './demands.dto';
import { DemandsService } from './demands.service';
import { Loaded } from '../../common/auth/loaded-resource';
import { Demand } from './demand.entity';

@ApiTags('demands')
@ApiBearerAuth()
@Controller('v1/demands')
export class DemandsController {
  constructor(private readonly demands: DemandsService) {}

  @Post()
  @Roles('corporate')
  create(@CurrentUser() caller: Caller, @Body() dto: CreateDemandDto) {
    return this.demands.create(caller, dto);
  }

  @Get()
  list(@Query() query: DemandListQuery) {
    return this.demands.list(query);
  }

  @Get(':id')
  get(@Param('id', new IdPipe('Demand')) id: string) {
    return this.demands.get(id);
  }

  @Patch(':id')
  @UseGuards(DemandOwnerGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Roles('corporate', 'organizer')
  update(@Loaded('demand') demand: Demand, @Body() dto: UpdateDemandDto) {
    return this.demands.update(demand, dto);
  }

  @Delete(':id')
  @UseGuards(DemandOwnerGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Roles('corporate', 'organizer')
  @HttpCode(204)
  async remove(@Loaded('demand') demand: Demand): Promise<void> {
    await this.demands.remove(demand);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { DemandOwnerGuard } from './demand-owner.guard';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { CreateDemandDto, DemandListQuery, DemandRemovalQuery, UpdateDemandDto } from './demands.dto';
import { DemandsService } from './demands.service';

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

  /** Only the owner edits a demand: organizers moderate by removing it with a reason, never by rewriting it. */
  @Patch(':id')
  @UseGuards(DemandOwnerGuard)
  @Roles('corporate')
  update(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Demand')) id: string, @Body() dto: UpdateDemandDto) {
    return this.demands.update(caller, id, dto);
  }

  @Delete(':id')
  @UseGuards(DemandOwnerGuard)
  @Roles('corporate', 'organizer')
  @HttpCode(204)
  async remove(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Demand')) id: string, @Query() query: DemandRemovalQuery): Promise<void> {
    await this.demands.remove(caller, id, query.reason);
  }
}

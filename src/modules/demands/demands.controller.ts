import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { DemandOwnerGuard } from './demand-owner.guard';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { CreateDemandDto, DemandListQuery, UpdateDemandDto } from './demands.dto';
import { DemandsService } from './demands.service';
import { DemandView } from './demands.views';

@ApiTags('demands')
@ApiAuth()
@Controller('v1/demands')
export class DemandsController {
  constructor(private readonly demands: DemandsService) {}

  @Post()
  @Roles('corporate')
  @ApiOperation({ summary: 'Post an open-innovation demand (corporate)' })
  @ApiCreatedResponse({ type: DemandView })
  @ApiErrors(400)
  create(@CurrentUser() caller: Caller, @Body() dto: CreateDemandDto): Promise<DemandView> {
    return this.demands.create(caller, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List demands', description: '`q` searches title, description and keywords (Korean or English).' })
  @ApiPageResponse(DemandView)
  @ApiErrors(400)
  list(@Query() query: DemandListQuery): Promise<Page<DemandView>> {
    return this.demands.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a demand' })
  @ApiOkResponse({ type: DemandView })
  @ApiErrors(404)
  get(@Param('id', new IdPipe('Demand')) id: string): Promise<DemandView> {
    return this.demands.get(id);
  }

  @Patch(':id')
  @UseGuards(DemandOwnerGuard)
  @Roles('corporate', 'organizer')
  @ApiOperation({ summary: 'Change a demand (its owner or an organizer)', description: 'Partial; re-scores the demand.' })
  @ApiOkResponse({ type: DemandView })
  @ApiErrors(400, 404)
  update(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Demand')) id: string, @Body() dto: UpdateDemandDto): Promise<DemandView> {
    return this.demands.update(caller, id, dto);
  }

  @Delete(':id')
  @UseGuards(DemandOwnerGuard)
  @Roles('corporate', 'organizer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Close a demand (its owner or an organizer)', description: 'Removes its undecided matches, withdraws open requests and cancels its meetings.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async remove(@CurrentUser() caller: Caller, @Param('id', new IdPipe('Demand')) id: string): Promise<void> {
    await this.demands.remove(caller, id);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { DemandOwnerGuard } from './demand-owner.guard';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { CreateDemandDto, DemandListQuery, DemandRemovalQuery, UpdateDemandDto } from './demands.dto';
import { DemandsService } from './demands.service';
import { DemandView } from './demands.views';
import { Loaded } from '../../common/auth/loaded-resource';
import { Demand } from './demand.entity';

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

  /** Only the owner edits a demand: organizers moderate by removing it with a reason, never by rewriting it. */
  @Patch(':id')
  @UseGuards(DemandOwnerGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Roles('corporate')
  @ApiOperation({ summary: 'Change a demand (its owner)', description: 'Partial; re-scores the demand. Organizers moderate by removing, not rewriting.' })
  @ApiOkResponse({ type: DemandView })
  @ApiErrors(400, 404)
  update(@Loaded('demand') demand: Demand, @Body() dto: UpdateDemandDto): Promise<DemandView> {
    return this.demands.update(demand, dto);
  }

  @Delete(':id')
  @UseGuards(DemandOwnerGuard)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Roles('corporate', 'organizer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Close a demand (its owner, or an organizer with a reason)', description: 'Removes its undecided matches, withdraws open requests and cancels its meetings. An organizer gives `?reason=`.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(400, 404)
  async remove(@CurrentUser() caller: Caller, @Loaded('demand') demand: Demand, @Query() query: DemandRemovalQuery): Promise<void> {
    await this.demands.remove(caller, demand, query.reason);
  }
}

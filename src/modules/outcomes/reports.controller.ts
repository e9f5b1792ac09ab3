import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import type { FastifyReply as Response } from 'fastify';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { NoShowListQuery, ReportFormatQuery } from './outcomes.dto';
import { ReportsService } from './reports.service';
import { FunnelReportView, NoShowItemView, OutcomesReportView } from './outcomes.views';

const EventId = () => Param('eventId', new IdPipe('Event'));

const asCsv = (res: Response, name: string) => {
  res.header('Content-Type', 'text/csv; charset=utf-8');
  res.header('Content-Disposition', `attachment; filename="${name}.csv"`);
};

@ApiTags('reports')
@ApiExtraModels(FunnelReportView, OutcomesReportView)
@ApiAuth()
@Controller('v1/events/:eventId')
@Roles('organizer')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/funnel')
  @ApiErrors(400, 404)
  @ApiOperation({ summary: 'Matches counted at each stage, matched → followUp, overall and by the startup\'s sector and country' })
  @ApiOkResponse({ description: 'JSON, or CSV with ?format=csv', content: { 'application/json': { schema: { $ref: '#/components/schemas/FunnelReportView' } }, 'text/csv': { schema: { type: 'string' } } } })
  async funnel(@EventId() eventId: string, @Query() query: ReportFormatQuery, @Res({ passthrough: true }) res: Response): Promise<FunnelReportView | string> {
    if (query.format === 'csv') {
      asCsv(res, 'funnel');
      return this.reports.funnelCsv(eventId);
    }
    return this.reports.funnel(eventId);
  }

  @Get('reports/outcomes')
  @ApiErrors(400, 404)
  @ApiOperation({ summary: 'Outcomes: follow-ups by kind, amounts per currency (never summed across currencies), no-shows by side' })
  @ApiOkResponse({ description: 'JSON, or CSV with ?format=csv', content: { 'application/json': { schema: { $ref: '#/components/schemas/OutcomesReportView' } }, 'text/csv': { schema: { type: 'string' } } } })
  async outcomes(@EventId() eventId: string, @Query() query: ReportFormatQuery, @Res({ passthrough: true }) res: Response): Promise<OutcomesReportView | string> {
    if (query.format === 'csv') {
      asCsv(res, 'outcomes');
      return this.reports.outcomesCsv(eventId);
    }
    return this.reports.outcomes(eventId);
  }

  @Get('no-shows')
  @ApiOperation({ summary: 'Live: started meetings with a party not checked in, newest first; marked ones carry who marked them' })
  @ApiPageResponse(NoShowItemView)
  @ApiErrors(400, 404)
  noShows(@EventId() eventId: string, @Query() query: NoShowListQuery): Promise<Page<NoShowItemView>> {
    return this.reports.noShowList(eventId, query.marked === undefined ? undefined : query.marked === 'true', query);
  }
}

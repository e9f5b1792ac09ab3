import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { NoShowListQuery, ReportFormatQuery } from './outcomes.dto';
import { ReportsService } from './reports.service';
import { FunnelReportView, OutcomesReportView } from './outcomes.views';

const EventId = () => Param('eventId', new IdPipe('Event'));

const asCsv = (res: Response, name: string) => {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
};

@ApiTags('reports')
@ApiExtraModels(FunnelReportView, OutcomesReportView)
@ApiBearerAuth()
@Controller('v1/events/:eventId')
@Roles('organizer')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('reports/funnel')
  @ApiProduces('application/json', 'text/csv')
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
  @ApiProduces('application/json', 'text/csv')
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
  noShows(@EventId() eventId: string, @Query() query: NoShowListQuery) {
    return this.reports.noShowList(eventId, query.marked === undefined ? undefined : query.marked === 'true', query);
  }
}

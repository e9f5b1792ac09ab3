import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ConceptReportService } from './concept-report.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('v1')
export class ConceptReportController {
  constructor(private readonly reports: ConceptReportService) {}

  @Get('events/:eventId/reports/concepts')
  @Roles('organizer')
  @ApiOkResponse({
    description:
      '{eventId, parties, sectors: [{sector, en, ko, startups, startupsWithConcepts, topConcepts: [{id, en, ko, startups, investors, demands}]}], ' +
      'unmatchedDemandConcepts: [{id, en, ko, demands: [{id, title}]}]}: the catalogue concepts that drive the event',
  })
  concepts(@Param('eventId', new IdPipe('Event')) eventId: string) {
    return this.reports.report(eventId);
  }
}

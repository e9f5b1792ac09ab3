import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { ConceptReportService } from './concept-report.service';
import { ConceptReportView } from './concept-report.views';

@ApiTags('matching')
@ApiAuth()
@Controller('v1')
export class ConceptReportController {
  constructor(private readonly reports: ConceptReportService) {}

  @Get('events/:eventId/reports/concepts')
  @Roles('organizer')
  @ApiOperation({
    summary: 'The technology concepts driving the event (organizer)',
    description: 'Top catalogue concepts per sector, and the concepts demands ask for that no startup of the event offers.',
  })
  @ApiOkResponse({ type: ConceptReportView })
  @ApiErrors(404)
  concepts(@Param('eventId', new IdPipe('Event')) eventId: string): Promise<ConceptReportView> {
    return this.reports.report(eventId);
  }
}

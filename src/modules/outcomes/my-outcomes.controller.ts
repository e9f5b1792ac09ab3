import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { PipelineItemView } from './outcomes.views';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { PipelineQuery } from './outcomes.dto';
import { OutcomesService } from './outcomes.service';

@ApiTags('meetings')
@ApiAuth()
@Controller('v1/events/:eventId/me')
export class MyOutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('outcomes')
  @Roles('startup', 'investor', 'corporate')
  @ApiOperation({ summary: "The caller's follow-up pipeline: its started meetings, newest first, each with its own outcome or null (to record)" })
  @ApiPageResponse(PipelineItemView)
  @ApiErrors(400, 404)
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: PipelineQuery): Promise<Page<PipelineItemView>> {
    return this.outcomes.pipeline(caller, eventId, query);
  }
}

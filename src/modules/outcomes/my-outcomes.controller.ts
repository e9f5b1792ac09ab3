import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { PipelineQuery } from './outcomes.dto';
import { OutcomesService } from './outcomes.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('v1/events/:eventId/me')
export class MyOutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('outcomes')
  @Roles('startup', 'investor', 'corporate')
  @ApiOperation({ summary: "The caller's follow-up pipeline: its started meetings, newest first, each with its own outcome or null (to record)" })
  list(@CurrentUser() caller: Caller, @Param('eventId', new IdPipe('Event')) eventId: string, @Query() query: PipelineQuery) {
    return this.outcomes.pipeline(caller, eventId, query);
  }
}

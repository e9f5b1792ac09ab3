import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth } from '../../common/openapi/api-responses';
import type { Request, Response } from 'express';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, QueueDashboardTokens } from './queue-dashboard-access';

@ApiTags('operations')
@ApiAuth()
@Controller('v1/admin/queues')
export class QueueDashboardController {
  constructor(private readonly tokens: QueueDashboardTokens) {}

  @Post('session')
  @HttpCode(200)
  @Roles('organizer')
  @ApiOperation({
    summary: 'Open the queue dashboard (organizers)',
    description: `Sets a short-lived httpOnly cookie for ${DASHBOARD_PATH} (the Bull Board dashboard), then open that URL in the browser.`,
  })
  @ApiOkResponse({ description: 'Cookie set', schema: { type: 'object', properties: { url: { type: 'string', example: DASHBOARD_PATH }, expiresIn: { type: 'integer', example: 900 } }, required: ['url', 'expiresIn'] } })
  async openSession(@CurrentUser() caller: Caller, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ url: string; expiresIn: number }> {
    const { token, expiresIn } = await this.tokens.issue(caller.id);
    // SameSite=Strict: the dashboard's own API changes queues, so no other site may make the browser call it.
    res.cookie(DASHBOARD_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: DASHBOARD_PATH, maxAge: expiresIn * 1000 });
    return { url: DASHBOARD_PATH, expiresIn };
  }
}

import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ApiAuth, ApiErrors } from '../../common/openapi/api-responses';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, QueueDashboardTokens } from './queue-dashboard-access';

export class QueueDashboardSessionView {
  @ApiProperty({ example: '/admin/queues', description: 'Open this in the same browser: the cookie is set for it' }) url: string;
  @ApiProperty({ type: 'integer', example: 900, description: 'Seconds the cookie stays valid' }) expiresIn: number;
}

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
  @ApiOkResponse({ type: QueueDashboardSessionView, description: 'The dashboard cookie is set (httpOnly, SameSite=Strict, path /admin/queues)' })
  @ApiErrors(429)
  async openSession(@CurrentUser() caller: Caller, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<QueueDashboardSessionView> {
    const { token, expiresIn } = await this.tokens.issue(caller.id);
    // SameSite=Strict: the dashboard's own API changes queues, so no other site may make the browser call it.
    const secure = req.protocol === 'https' ? '; Secure' : '';
    const expires = new Date(Date.now() + expiresIn * 1000).toUTCString();
    res.header(
      'Set-Cookie',
      `${DASHBOARD_COOKIE}=${encodeURIComponent(token)}; Max-Age=${expiresIn}; Path=${DASHBOARD_PATH}; Expires=${expires}; HttpOnly${secure}; SameSite=Strict`,
    );
    return { url: DASHBOARD_PATH, expiresIn };
  }
}

import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-responses';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../../common/auth/auth.decorators';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { AppConfig } from '../../config/app-config';
import { metricsAccess } from './metrics-access';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Public() // not a member's token: loopback, or the deployment's METRICS_TOKEN
  @Get()
  @ApiOperation({ summary: 'Prometheus metrics (open on loopback; elsewhere `Authorization: Bearer $METRICS_TOKEN`)' })
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiErrors(401) // off loopback without a valid METRICS_TOKEN
  async scrape(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (metricsAccess(req.socket.remoteAddress, req.headers, this.config.env.METRICS_TOKEN) !== 'allowed') {
      throw new AppError(ErrorCode.Unauthenticated, 'Metrics need Authorization: Bearer <METRICS_TOKEN> off this host');
    }
    res.header('Content-Type', this.metrics.contentType);
    return this.metrics.render();
  }
}

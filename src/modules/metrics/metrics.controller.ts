import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
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
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'Not on loopback and no valid metrics token' })
  async scrape(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (metricsAccess(req.socket.remoteAddress, req.headers, this.config.env.METRICS_TOKEN) !== 'allowed') {
      throw new AppError(ErrorCode.Unauthenticated, 'Metrics need Authorization: Bearer <METRICS_TOKEN> off this host');
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.render();
  }
}

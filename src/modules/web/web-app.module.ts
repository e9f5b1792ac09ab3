import fastifyStatic from '@fastify/static';
import { DynamicModule, Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEnvironment } from '../../config/app-config';
import { LatestRunsController } from './latest-runs.controller';
import { MembershipController } from './membership.controller';

/** Paths the web app never answers for: the API, its documents and operations endpoints keep their own 404s. */
export const NOT_WEB_APP = /^\/(v1|docs|docs-json|docs-yaml|health|metrics|admin)(\/|$)/;

/** Hashed assets are cached for a year; index.html and the other files never without asking again. */
const cacheControlOf = (path: string) => (/[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * Registers the built web app's files on the HTTP server, and index.html for every other GET path outside
 * NOT_WEB_APP, so client-side routes survive a reload. Plain server routes: no guard runs, these pages are public.
 */
/** The directory of the web app's build, as `WebAppModule.forRoot` found it. */
const WEB_ROOT = Symbol('WEB_ROOT');

@Injectable()
class WebAppRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_ROOT) private readonly root: string,
  ) {}

  onModuleInit(): void {
    const { root } = this;
    const index = resolve(root, 'index.html');
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(fastifyStatic, {
      root,
      // A route per file of the build (it does not change while the process runs); no directory listings or indexes.
      wildcard: false,
      index: false,
      // Other plugins (the queue dashboard) bring their own copy of this one.
      decorateReply: false,
      setHeaders: (reply, path) => reply.header('Cache-Control', cacheControlOf(path)),
    });
    // The lowest-priority route: every concrete route (the API's, the files above) wins over it.
    fastify.get('/*', (request, reply) => {
      const path = request.url.split('?')[0];
      if (NOT_WEB_APP.test(path)) return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(createReadStream(index));
    });
  }
}

/**
 * Serves the built web app (web/dist) at / from the API process (plus the few reads only its pages need).
 */
@Module({})
export class WebAppModule {
  static forRoot(): DynamicModule {
    const root = resolve(loadEnvironment().WEB_DIST_DIR);
    const controllers = [LatestRunsController, MembershipController];
    if (!existsSync(resolve(root, 'index.html'))) {
      new Logger('WebApp').warn(`No web app build in ${root} (run npm run build); serving the API only`);
      return { module: WebAppModule, controllers };
    }
    return { module: WebAppModule, controllers, providers: [{ provide: WEB_ROOT, useValue: root }, WebAppRoutes] };
  }
}

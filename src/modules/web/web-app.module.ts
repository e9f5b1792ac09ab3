import { DynamicModule, Logger, Module } from '@nestjs/common';
import { AbstractLoader, ExpressLoader, ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEnvironment } from '../../config/app-config';
import { LatestRunsController } from './latest-runs.controller';
import { MembershipController } from './membership.controller';

/** Paths the web app never answers for: the API, its documents and operations endpoints keep their own 404s. */
export const NOT_WEB_APP = /^\/(v1|docs|docs-json|docs-yaml|health|metrics|admin)(\/|$)/;

/**
 * Serves the built web app (web/dist) at / from the API process (plus the few reads only its pages need), with index.html for every other path
 * so client-side routes survive a reload. Hashed assets are cached for a year; index.html never.
 */
@Module({})
export class WebAppModule {
  static forRoot(): DynamicModule {
    const root = resolve(loadEnvironment().WEB_DIST_DIR);
    if (!existsSync(resolve(root, 'index.html'))) {
      new Logger('WebApp').warn(`No web app build in ${root} (run npm run build); serving the API only`);
      return { module: WebAppModule, controllers: [LatestRunsController, MembershipController] };
    }
    return {
      module: WebAppModule,
      controllers: [LatestRunsController, MembershipController],
      imports: [
        ServeStaticModule.forRootAsync({
          useFactory: () => [
            {
              rootPath: root,
              exclude: NOT_WEB_APP,
              serveStaticOptions: {
                index: false,
                setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) => {
                  res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
                },
              },
            },
          ],
          // The app is always Express. The module's own choice of loader looks at the HTTP adapter while the
          // module is compiled, which a Nest testing module has not attached yet (it would pick a no-op loader).
          extraProviders: [{ provide: AbstractLoader, useClass: ExpressLoader }],
        }),
      ],
    };
  }
}

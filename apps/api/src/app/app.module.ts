import { ConfigModule, CsrfCookieMiddleware, CsrfGuard, DatabaseModule, HealthModule } from '@consulta/api/core';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

/** Wiring only: each domain module brings its controllers, services and entities. */
@Module({
  imports: [ConfigModule, DatabaseModule, HealthModule],
  providers: [{ provide: APP_GUARD, useClass: CsrfGuard }],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfCookieMiddleware).forRoutes('{*path}');
  }
}

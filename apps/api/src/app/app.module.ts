import { ConfigModule, CsrfCookieMiddleware, CsrfGuard, DatabaseModule, HealthModule } from '@consulta/api/core';
import { ConsultationModule } from '@consulta/api/consultation';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { JobsModule } from '@consulta/api/jobs';
import { ModerationModule, ScreeningModule } from '@consulta/api/moderation';
import { ParticipationModule } from '@consulta/api/participation';
import { ThemesModule } from '@consulta/api/themes';
import { ReportsModule } from '@consulta/api/reports';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BenchModule } from './bench/bench.module';
import { DemoSeeder } from './demo-seeder';

/** Wiring only: each domain module brings its controllers, services and entities. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    HealthModule,
    IdentityModule,
    ConsultationModule,
    ParticipationModule.withScreening(ScreeningModule),
    ModerationModule,
    ThemesModule,
    ReportsModule,
    JobsModule.forRoot(),
    BenchModule.register(),
  ],
  providers: [
    // Order matters: CSRF first, then who the caller is and what the route allows.
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    DemoSeeder,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsrfCookieMiddleware).forRoutes('{*path}');
  }
}

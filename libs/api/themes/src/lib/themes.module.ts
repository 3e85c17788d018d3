import { ConsultationModule } from '@consulta/api/consultation';
import { IdentityModule } from '@consulta/api/identity';
import { ModerationModule } from '@consulta/api/moderation';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThemeSeeder } from './demo/theme.seeder';
import { THEMES_ENTITIES } from './entities';
import { ThemeDiscoveryController } from './http/theme-discovery.controller';
import { ThemeQualityController } from './http/theme-quality.controller';
import { ThemeSuggestionsController } from './http/theme-suggestions.controller';
import { ThemesController } from './http/themes.controller';
import { DiscoverThemesHandler, SuggestThemesHandler } from './jobs/theme-jobs.handlers';
import { DiscoveryRepository } from './repositories/discovery.repository';
import { OverviewRepository } from './repositories/overview.repository';
import { QualityRepository } from './repositories/quality.repository';
import { SuggestionRepository } from './repositories/suggestion.repository';
import { ThemeCommentRepository } from './repositories/theme-comment.repository';
import { ThemeRepository } from './repositories/theme.repository';
import { DiscoveryService } from './services/discovery.service';
import { OverviewService } from './services/overview.service';
import { QualityService } from './services/quality.service';
import { SuggestionService } from './services/suggestion.service';
import { ThemeCommentService } from './services/theme-comment.service';
import { ThemeScope } from './services/theme-scope';
import { ThemeService } from './services/theme.service';

/**
 * Themes (issue 5): themes per consultation, assignments, suggestions and discovery (background jobs), the quality
 * check and the overview. Needs the identity AccessGuard and JobsModule.forRoot() in the app; audit rows go through
 * moderation's AuditRepository.
 */
@Module({
  imports: [TypeOrmModule.forFeature(THEMES_ENTITIES), IdentityModule, ConsultationModule, ModerationModule],
  // ThemesController last: its ':id/merge' would otherwise catch 'proposals/merge' (routes match in registration order).
  controllers: [ThemeSuggestionsController, ThemeDiscoveryController, ThemeQualityController, ThemesController],
  providers: [
    ThemeScope,
    ThemeRepository,
    ThemeCommentRepository,
    SuggestionRepository,
    DiscoveryRepository,
    QualityRepository,
    OverviewRepository,
    ThemeService,
    ThemeCommentService,
    SuggestionService,
    DiscoveryService,
    QualityService,
    OverviewService,
    SuggestThemesHandler,
    DiscoverThemesHandler,
    ThemeSeeder,
  ],
  exports: [ThemeSeeder],
})
export class ThemesModule {}

import { ThemeDiscoveryRunEntity, ThemeProposalCommentEntity, ThemeProposalEntity } from './discovery.entities';
import { ThemeQualitySampleEntity, ThemeQualitySampleItemEntity } from './quality.entities';
import { ThemeAssignmentEntity } from './theme-assignment.entity';
import { ThemeSuggestionEntity } from './theme-suggestion.entity';
import { ThemeEntity } from './theme.entity';

export {
  ThemeAssignmentEntity,
  ThemeDiscoveryRunEntity,
  ThemeEntity,
  ThemeProposalCommentEntity,
  ThemeProposalEntity,
  ThemeQualitySampleEntity,
  ThemeQualitySampleItemEntity,
  ThemeSuggestionEntity,
};

/** Every entity of the themes domain (TypeOrmModule.forFeature, migration checks). */
export const THEMES_ENTITIES = [
  ThemeEntity,
  ThemeAssignmentEntity,
  ThemeSuggestionEntity,
  ThemeDiscoveryRunEntity,
  ThemeProposalEntity,
  ThemeProposalCommentEntity,
  ThemeQualitySampleEntity,
  ThemeQualitySampleItemEntity,
];

import { THEME_COLOURS, ThemeColour } from '@consulta/shared/contracts';
import { TranslationKey } from '@consulta/web/core';

/** Each palette colour's name, so that a colour choice is never carried by the colour alone. */
export const THEME_COLOUR_LABEL: Record<ThemeColour, TranslationKey> = {
  '#1f5fa8': 'themes.colour.blue',
  '#8a2b8f': 'themes.colour.purple',
  '#b03a2e': 'themes.colour.red',
  '#1e7a46': 'themes.colour.green',
  '#8c5a00': 'themes.colour.amber',
  '#0e6f77': 'themes.colour.teal',
  '#5b4bb7': 'themes.colour.violet',
  '#a3385f': 'themes.colour.raspberry',
  '#4f6228': 'themes.colour.olive',
  '#6b5a4a': 'themes.colour.brown',
  '#2d5f8a': 'themes.colour.steel',
  '#7a3d00': 'themes.colour.rust',
};

export const THEME_COLOUR_LIST: readonly ThemeColour[] = THEME_COLOURS;

/** The five parts of the themes page, one tab each. */
export const THEME_TABS = ['themes', 'comments', 'suggestions', 'discovery', 'quality'] as const;
export type ThemeTab = (typeof THEME_TABS)[number];

export const THEME_TAB_LABEL: Record<ThemeTab, TranslationKey> = {
  themes: 'themes.tab.themes',
  comments: 'themes.tab.comments',
  suggestions: 'themes.tab.suggestions',
  discovery: 'themes.tab.discovery',
  quality: 'themes.tab.quality',
};

/** Where the arrow, Home and End keys move in a row of tabs (wrapping round); null for any other key. */
export function tabIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

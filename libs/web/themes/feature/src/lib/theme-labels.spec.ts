import { THEME_COLOURS } from '@consulta/shared/contracts';
import { THEME_COLOUR_LABEL, tabIndexAfterKey } from './theme-labels';

describe('tabIndexAfterKey', () => {
  it('moves right and left, wrapping round', () => {
    expect(tabIndexAfterKey('ArrowRight', 0, 5)).toBe(1);
    expect(tabIndexAfterKey('ArrowRight', 4, 5)).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 0, 5)).toBe(4);
    expect(tabIndexAfterKey('ArrowLeft', 3, 5)).toBe(2);
  });

  it('jumps to the ends with Home and End and ignores other keys', () => {
    expect(tabIndexAfterKey('Home', 3, 5)).toBe(0);
    expect(tabIndexAfterKey('End', 1, 5)).toBe(4);
    expect(tabIndexAfterKey('ArrowDown', 1, 5)).toBeNull();
    expect(tabIndexAfterKey('Enter', 1, 5)).toBeNull();
    expect(tabIndexAfterKey('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('THEME_COLOUR_LABEL', () => {
  it('names every palette colour, each differently', () => {
    const labels = THEME_COLOURS.map((colour) => THEME_COLOUR_LABEL[colour]);
    expect(labels.every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(THEME_COLOURS.length);
  });
});

import { FormControl } from '@angular/forms';
import { areasValidator, formatAreas, parseAreas } from './areas-text';

describe('areas text', () => {
  it('parses "key | name" lines, skipping blank ones', () => {
    expect(parseAreas('transport | Transport publiczny\n\n zielen|Zieleń miejska ')).toEqual({
      areas: [
        { key: 'transport', name: 'Transport publiczny' },
        { key: 'zielen', name: 'Zieleń miejska' },
      ],
      invalidLine: null,
    });
  });

  it('reports the first malformed line (1-based)', () => {
    expect(parseAreas('a | A\n\nno separator')).toEqual({ areas: null, invalidLine: 3 });
    expect(parseAreas(' | missing key')).toEqual({ areas: null, invalidLine: 1 });
  });

  it('formats back to the same text', () => {
    const text = 'a | Alpha\nb | Beta';
    const parsed = parseAreas(text);

    expect(parsed.areas && formatAreas(parsed.areas)).toBe(text);
  });

  it('validates a form control with the line number', () => {
    expect(areasValidator(new FormControl('a | A\nbad', { nonNullable: true }))).toEqual({ areas: 2 });
    expect(areasValidator(new FormControl('', { nonNullable: true }))).toBeNull();
  });
});

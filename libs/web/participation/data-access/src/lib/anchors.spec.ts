import { QUOTE_MAX_LENGTH } from '@consulta/shared/contracts';
import { quoteProblem } from './anchors';

describe('quoteProblem', () => {
  const paragraph = 'Misją Samorządu Miasta Krakowa jest tworzenie przestrzeni współdziałania.';

  it('accepts an exact passage of the paragraph', () => {
    expect(quoteProblem('tworzenie przestrzeni', paragraph)).toBeNull();
  });

  it('rejects text that is not verbatim in the paragraph, an empty quote and an overlong one', () => {
    expect(quoteProblem('tworzenie  przestrzeni', paragraph)).toBe('notInParagraph');
    expect(quoteProblem('Tworzenie przestrzeni', paragraph)).toBe('notInParagraph');
    expect(quoteProblem('   ', paragraph)).toBe('empty');
    expect(quoteProblem('a'.repeat(QUOTE_MAX_LENGTH + 1), 'a'.repeat(QUOTE_MAX_LENGTH + 5))).toBe('tooLong');
  });
});

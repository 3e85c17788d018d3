import { passwordStrength } from './password-strength';

describe('passwordStrength', () => {
  it.each([
    ['', 'empty'],
    ['short1!', 'weak'],
    ['1234567890123', 'weak'],
    ['aaaaaaaaaaaaaaa', 'weak'],
    ['krakowska10', 'fair'],
    ['Krakow-Rynek-12', 'strong'],
    ['wawel smok wisla planty', 'strong'],
  ])('rates %p as %s', (password, expected) => {
    expect(passwordStrength(password)).toBe(expected);
  });
});

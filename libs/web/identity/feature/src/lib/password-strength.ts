import { PASSWORD_MIN_LENGTH } from '@consulta/shared/contracts';

export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

/**
 * A hint while typing, not a rule: the server decides (it rejects guessable passwords with
 * PASSWORD_TOO_WEAK). Length matters most; variety of characters helps a little.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length === 0) {
    return 'empty';
  }
  if (password.length < PASSWORD_MIN_LENGTH || /^(.)\1*$/.test(password) || /^\d+$/.test(password)) {
    return 'weak';
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((pattern) => pattern.test(password)).length;
  if (password.length >= 16 || (password.length >= 12 && classes >= 3)) {
    return 'strong';
  }
  return 'fair';
}

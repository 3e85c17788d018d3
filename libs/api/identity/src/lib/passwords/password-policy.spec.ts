import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();
  const owner = { email: 'zofia.wrona@example.pl', displayName: 'Zofia Wrona' };

  it.each(['Mieszkaniec2024', 'Przepraszam12', 'Kochamcie123'])('finds %s in the Polish dictionary', (password) => {
    expect(policy.problems(password, owner)).toContain('The password is too easy to guess.');
  });

  it.each(['correct horse battery staple', 'Zielona-Herbata-Kot-7', 'kP9#xq!2Lm-r'])('accepts %s', (password) => {
    expect(policy.problems(password, owner)).toEqual([]);
  });

  it('refuses the e-mail local part and the name, also as parts', () => {
    expect(policy.problems('Q7!zofia.wronaXX', owner)).toEqual(['The password must not contain your e-mail address.']);
    expect(policy.problems('Q7!ZofiaWrona#', owner)).toEqual(['The password must not contain your name.']);
    expect(policy.problems('kP9#wrona!2Lm-r', owner)).toEqual(['The password must not contain your name.']);
  });

  it('wants at least 10 characters', () => {
    expect(policy.problems('kP9#xq!2L', owner)).toEqual(['The password must have at least 10 characters.']);
  });
});

import { FlagReason, PersonalDataKind } from '@consulta/shared/contracts';
import { TextFlagger } from './text-flagger';

describe('TextFlagger', () => {
  const flagger = new TextFlagger();

  it('returns every flag of a comment in order of position, with exact offsets', () => {
    const text =
      '🌳 Zarząd Zieleni to banda chujów!!! Piszcie: anna.nowak@o2.pl, tel. 600 123 456, ' +
      'zbiórka na PL61 1090 1014 0000 0712 1981 2874, szczegóły na www.ratujmypark.pl';
    const flags = flagger.flag(text);
    expect(flags.map((flag) => [flag.reason, flag.detail, flag.match])).toEqual([
      [FlagReason.Profanity, 'pl', 'chujów'],
      [FlagReason.PersonalData, PersonalDataKind.Email, 'anna.nowak@o2.pl'],
      [FlagReason.PersonalData, PersonalDataKind.Phone, '600 123 456'],
      [FlagReason.PersonalData, PersonalDataKind.Iban, 'PL61 1090 1014 0000 0712 1981 2874'],
      [FlagReason.Link, 'url', 'www.ratujmypark.pl'],
    ]);
    for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.match);
    expect(flags[0].start).toBe(text.indexOf('chujów'));
  });

  it('returns nothing for an ordinary comment full of numbers and abbreviations', () => {
    const text =
      'W latach 2019–2024 na ul. Kalwaryjskiej (30-504 Kraków) przybyło ok. 12 000 aut dziennie, m.in. przez ' +
      'remont al. Krasińskiego. Projekt za 150 000 000 zł, tj. 3,5% budżetu, np. nowy tramwaj linii 52 co 7,5 min. ' +
      'Nowa Huta i Podgórze też czekają; analiza z 12.05.2024 r. (s. 14–15) to potwierdza.';
    expect(flagger.flag(text)).toEqual([]);
  });

  it('keeps the link when digits in its path look like a phone number', () => {
    const text = 'https://bip.krakow.pl/?dok_id=600123456';
    expect(flagger.flag(text).map((flag) => flag.reason)).toEqual([FlagReason.Link]);
  });

  it('flags profanity inside an address as well as the address', () => {
    const flags = flagger.flag('www.jebac-smog.pl');
    expect(flags.map((flag) => [flag.reason, flag.match])).toEqual([
      [FlagReason.Link, 'www.jebac-smog.pl'],
      [FlagReason.Profanity, 'jebac'],
    ]);
  });

  it.each([
    ['single letters', 'a '.repeat(2500)],
    ['single digits', '1.'.repeat(2500)],
    ['one long word', 'a'.repeat(5000)],
    ['at signs', 'a@'.repeat(2500)],
    ['hyphenated labels', `${'x-'.repeat(2500)}.pl`],
    ['dotted labels', `${'a.'.repeat(1250)}@${'b.'.repeat(1250)}`],
    ['plus signs', '+4'.repeat(2500)],
    ['IBAN-like groups', 'PL12 '.repeat(1000)],
  ])('stays fast on adversarial input of the maximum comment length (%s)', (_, text) => {
    const start = process.hrtime.bigint();
    flagger.flag(text);
    // Measured at about 10 ms; the bound only catches a regression to quadratic or worse behaviour.
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(1000);
  });

  it('handles empty and very long texts', () => {
    expect(flagger.flag('')).toEqual([]);
    const long = 'Prośba o ławki. '.repeat(2000) + 'kurwa';
    expect(flagger.flag(long).map((flag) => flag.start)).toEqual([long.length - 5]);
  });
});

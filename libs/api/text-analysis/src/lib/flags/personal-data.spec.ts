import { FlagReason, PersonalDataKind } from '@consulta/shared/contracts';
import { isValidIban, isValidPesel } from './personal-data';
import { TextFlagger } from './text-flagger';

const flagger = new TextFlagger();

/** The personal data of one kind found in the text, as written (and checked against the offsets). */
function found(text: string, kind: PersonalDataKind): string[] {
  const flags = flagger.flag(text).filter((flag) => flag.reason === FlagReason.PersonalData);
  for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.match);
  return flags.filter((flag) => flag.detail === kind).map((flag) => flag.match);
}

/** A PESEL for the date with a correct check digit (the month carries the century). */
function pesel(year: number, month: number, day: number, serial: string): string {
  const monthOffset = year >= 2000 ? 20 : year >= 1900 ? 0 : 80;
  const digits = [year % 100, month + monthOffset, day].map((part) => String(part).padStart(2, '0')).join('') + serial;
  const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return digits + ((10 - (sum % 10)) % 10);
}

const withWrongCheckDigit = (number: string): string => number.slice(0, 10) + ((Number(number[10]) + 1) % 10);

describe('PESEL', () => {
  const valid = [pesel(1944, 5, 14, '0135'), pesel(1987, 12, 31, '4321'), pesel(2004, 2, 29, '0012'), pesel(1899, 7, 1, '9876')];

  it('accepts numbers with a correct check digit and a real birth date', () => {
    expect(valid[0]).toBe('44051401359'); // the example commonly quoted for the format
    for (const number of valid) expect(isValidPesel(number)).toBe(true);
  });

  it('refuses a wrong check digit, an impossible or future birth date, and other lengths', () => {
    for (const number of valid) expect(isValidPesel(withWrongCheckDigit(number))).toBe(false);
    expect(isValidPesel(pesel(2003, 2, 29, '0012'))).toBe(false); // not a leap year
    expect(isValidPesel(pesel(1990, 4, 31, '1234'))).toBe(false);
    expect(isValidPesel('44131401350')).toBe(false); // month 13
    expect(isValidPesel(pesel(2090, 1, 1, '1234'), new Date('2026-01-01'))).toBe(false);
    expect(isValidPesel(pesel(2025, 12, 31, '1234'), new Date('2026-01-01'))).toBe(true);
    expect(isValidPesel('4405140135')).toBe(false);
  });

  it('finds a PESEL in text, with or without a label', () => {
    const [first, second] = valid;
    expect(found(`Mój PESEL: ${first}, proszę o kontakt`, PersonalDataKind.Pesel)).toEqual([first]);
    expect(found(`pesel ${second}.`, PersonalDataKind.Pesel)).toEqual([second]);
    expect(found(`(${first})`, PersonalDataKind.Pesel)).toEqual([first]);
  });

  it('ignores invalid numbers and valid ones inside a longer number or word', () => {
    const [first] = valid;
    expect(found(`Numer ${withWrongCheckDigit(first)} jest zły`, PersonalDataKind.Pesel)).toEqual([]);
    expect(found(`Nr księgi 1${first}`, PersonalDataKind.Pesel)).toEqual([]);
    expect(found(`${first}7`, PersonalDataKind.Pesel)).toEqual([]);
    expect(found(`KR1P/${first}X`, PersonalDataKind.Pesel)).toEqual([]);
    expect(found('Koszt 12345678901 zł', PersonalDataKind.Pesel)).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['Proszę dzwonić: 600 123 456', '600 123 456'],
    ['tel. 600-123-456', '600-123-456'],
    ['mój numer 600123456', '600123456'],
    ['tel.512345678', '512345678'],
    ['+48 600 123 456 po 16', '+48 600 123 456'],
    ['+48600123456', '+48600123456'],
    ['0048 600 123 456', '0048 600 123 456'],
    ['(+48) 600 123 456', '(+48) 600 123 456'],
    ['kom. 600 12 34 56', '600 12 34 56'],
    ['Sekretariat: 12 345 67 89', '12 345 67 89'],
    ['Sekretariat: (12) 345 67 89', '(12) 345 67 89'],
    ['Rada dzielnicy 12-345-67-89', '12-345-67-89'],
    ['stary numer (012) 345 67 89', '(012) 345 67 89'],
    ['infolinia 800 123 321', '800 123 321'],
    ['UK office +44 20 7946 0958', '+44 20 7946 0958'],
    ['call +1 (555) 123-4567', '+1 (555) 123-4567'],
  ])('finds %p', (text, expected) => {
    expect(found(text, PersonalDataKind.Phone)).toEqual([expected]);
  });

  it.each([
    'Budżet projektu to 150 000 000 zł',
    'Koszt: 600 123 456 PLN',
    'Wartość 1 600 123 456 zł w latach 2024–2030',
    'Dzielnica ma 300 000 mieszkańców, a miasto 800 000',
    'Kod pocztowy 30-001 Kraków, ul. Długa 12/4',
    'Spotkanie 2024-05-12 o 17:30, potem 12.05.2024',
    'W latach 1990–2024 przybyło 123 456 samochodów',
    'REGON 123456785, NIP 123-456-32-18, KRS 0000123456',
    'działka nr 612345678 w obrębie 12',
    'Numery 100 200 300 i 999 888 777 nie istnieją',
    'Sygnatura 512345678/2024',
    'wersja 1.600.123.456',
    'Na wiadukt wydano 45 123 000 zł',
  ])('ignores %p', (text) => {
    expect(found(text, PersonalDataKind.Phone)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Piszcie na jan.kowalski@gmail.com!', 'jan.kowalski@gmail.com'],
    ['a_b+konsultacje@rada.krakow.pl', 'a_b+konsultacje@rada.krakow.pl'],
    ['JAN@EXAMPLE.COM.', 'JAN@EXAMPLE.COM'],
    ['zofia.żak@poczta.onet.pl', 'zofia.żak@poczta.onet.pl'],
    ['kontakt: jan [at] example [dot] com', 'jan [at] example [dot] com'],
    ['jan(małpa)example.pl', 'jan(małpa)example.pl'],
    ['(anna.nowak@o2.pl)', 'anna.nowak@o2.pl'],
  ])('finds %p', (text, expected) => {
    expect(found(text, PersonalDataKind.Email)).toEqual([expected]);
  });

  it.each(['@rada_dzielnicy na Twitterze', 'jan@', 'jan@localhost', 'foo@bar', 'user@123.45', 'spotkanie @ 18:00 w ratuszu'])(
    'ignores %p',
    (text) => {
      expect(found(text, PersonalDataKind.Email)).toEqual([]);
    },
  );

  it('reports the address as personal data, not its domain as a link', () => {
    expect(flagger.flag('jan@bip.krakow.pl').map((flag) => flag.detail)).toEqual([PersonalDataKind.Email]);
  });
});

describe('IBAN', () => {
  const valid = [
    'PL61 1090 1014 0000 0712 1981 2874',
    'DE89 3704 0044 0532 0130 00',
    'GB82 WEST 1234 5698 7654 32',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NL91 ABNA 0417 1643 00',
    'BE68 5390 0754 7034',
    'CH93 0076 2011 6238 5295 7',
  ];

  it('validates the mod-97 check digits and the length of the country', () => {
    for (const iban of valid) expect(isValidIban(iban)).toBe(true);
    expect(isValidIban('PL61109010140000071219812874')).toBe(true);
    expect(isValidIban('PL62 1090 1014 0000 0712 1981 2874')).toBe(false);
    expect(isValidIban('PL61 1090 1014 0000 0712 1981 2875')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 0')).toBe(false);
    expect(isValidIban('XX89 3704 0044 0532 0130 00')).toBe(false);
  });

  it.each(valid)('finds %p in text', (iban) => {
    expect(found(`Wpłaty na konto ${iban}, dziękuję.`, PersonalDataKind.Iban)).toEqual([iban]);
  });

  it('finds Polish account numbers without the country code (NRB) and written without spaces', () => {
    expect(found('Konto: 61 1090 1014 0000 0712 1981 2874', PersonalDataKind.Iban)).toEqual(['61 1090 1014 0000 0712 1981 2874']);
    expect(found('nr 61109010140000071219812874', PersonalDataKind.Iban)).toEqual(['61109010140000071219812874']);
    expect(found('pl61109010140000071219812874', PersonalDataKind.Iban)).toEqual(['pl61109010140000071219812874']);
  });

  it('ignores numbers with wrong check digits', () => {
    expect(found('Konto: 62 1090 1014 0000 0712 1981 2874', PersonalDataKind.Iban)).toEqual([]);
    expect(found('PL62 1090 1014 0000 0712 1981 2874', PersonalDataKind.Iban)).toEqual([]);
    expect(found('Nr sprawy 12 3456 7890 1234 5678 9012 3456', PersonalDataKind.Iban)).toEqual([]);
  });

  it('reports an account number once, not also the phone-like or PESEL-like digits inside it', () => {
    expect(flagger.flag('PL61 1090 1014 0000 0712 1981 2874').map((flag) => flag.detail)).toEqual([PersonalDataKind.Iban]);
  });
});

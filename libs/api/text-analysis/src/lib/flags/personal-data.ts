import { FlagReason, PersonalDataKind } from '@consulta/shared/contracts';
import { TextFlag, textFlag } from './text-flag';

/**
 * Personal data in a comment: PESEL numbers, phone numbers, e-mail addresses and bank accounts (IBAN, and the
 * Polish 26-digit NRB). Each detector validates what it finds (checksums, birth dates, numbering plans), because
 * consultation comments are full of numbers that only look like these: amounts, years, plot and case numbers.
 */

// ---------------------------------------------------------------------------------------------------- PESEL

const PESEL = /(?<![\p{N}\p{L}])\d{11}(?![\p{N}\p{L}])/gu;
const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/**
 * True for an 11-digit PESEL whose check digit is right and whose encoded birth date exists and is not in
 * the future (the month carries the century: +80 for the 1800s, +0, +20, +40, +60 for 1900–2299).
 */
export function isValidPesel(digits: string, today: Date = new Date()): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = PESEL_WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  if ((10 - (sum % 10)) % 10 !== Number(digits[10])) return false;
  const yy = Number(digits.slice(0, 2));
  const encodedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(encodedMonth / 20)];
  const month = encodedMonth % 20;
  if (century === undefined || month < 1 || month > 12) return false;
  const year = century + yy;
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  return birth.getTime() <= today.getTime();
}

export function findPesels(text: string): TextFlag[] {
  return [...text.matchAll(PESEL)]
    .filter((match) => isValidPesel(match[0]))
    .map((match) => textFlag(text, FlagReason.PersonalData, PersonalDataKind.Pesel, match.index, match.index + 11));
}

// ---------------------------------------------------------------------------------------------------- phones

/**
 * First two digits of Polish 9-digit numbers: mobile ranges, geographic area codes, and 80x (free-phone and
 * shared-cost lines). A 9-digit number starting otherwise (10…, 20…, 30…, 90…) is not a Polish phone number.
 */
const POLISH_NUMBER_STARTS = new Set(
  [
    // mobile
    '45 50 51 53 57 60 66 69 72 73 78 79 88',
    // area codes
    '12 13 14 15 16 17 18 22 23 24 25 29 32 33 34 41 42 43 44 46 48 52 54 55 56 58 59 61 62 63 65 67 68 71 74 75 76 77 81 82 83 84 85 86 87 89 91 94 95',
    // non-geographic
    '80',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Polish numbers: optional +48/0048/(+48), then 3-3-3 ("600 123 456", "600-123-456", "600123456"),
 * 3-2-2-2 ("600 12 34 56") or area code 2-3-2-2 ("12 345 67 89", "(12) 345 67 89", "(012) 3456789").
 * Separators inside a group pattern are one space, hyphen, dot or no-break space.
 */
const POLISH_PHONE = new RegExp(
  [
    // Not inside a longer number ("1 600 123 456", "3.600123456") or a word.
    String.raw`(?<![\p{N}\p{L}+/])(?<![\p{N}][\s.,\u00a0-])`,
    String.raw`(?<prefix>(?:\+|00)\s?48[\s-]?|\(\s?(?:\+|00)?48\s?\)\s?)?`,
    '(?:',
    String.raw`(?<mobile>\d{3}(?<sep>[ .\u00a0-]?)\d{3}\k<sep>\d{3})`,
    String.raw`|(?<pairs>\d{3}[ .\u00a0-]\d{2}[ .\u00a0-]\d{2}[ .\u00a0-]\d{2})`,
    String.raw`|(?<landline>(?:\(0?\d{2}\)\s?|\d{2}[ .\u00a0-])\d{3}[ .\u00a0-]?\d{2}[ .\u00a0-]?\d{2})`,
    ')',
    String.raw`(?![\p{N}\p{L}]|[.,]\d)`,
  ].join(''),
  'gu',
);

/** International format, other countries: "+44 20 7946 0958", "+1 (555) 123-4567", "+420 601 234 567". */
const INTERNATIONAL_PHONE = /(?<![\p{N}\p{L}])\+(?!48)\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?![\p{N}\p{L}]|[.,]\d)/gu;

/** An amount, area or count right after the number: "150 000 000 zł", "600 123 456 PLN", "500 000 m2". */
const UNIT_AFTER =
  /^\s?(?:zł|zl\b|pln|złot|zlot|gr\b|groszy|eur|euro|€|\$|usd|chf|gbp|mln|mld|tys|m2|m²|m\b|km|ha\b|kg|ton|osób|osob|mieszk|%)/iu;
/** Identifiers and amounts announced before the number: REGON, NIP, KRS, plot, case or document numbers, currencies. */
const LABEL_BEFORE =
  /(?:regon|nip|krs|pesel|działk\p{L}*|dzialk\p{L}*|sygn\p{L}*|znak\p{L}*|nr\s+sprawy|konto|rachun\p{L}*|pln|eur|€|\$|zł|kwot\p{L}*|koszt\p{L}*|budżet\p{L}*|budzet\p{L}*)\s*(?:nr\.?|numer)?\s*[:.=-]?\s*$/iu;

export function findPhones(text: string): TextFlag[] {
  const flags: TextFlag[] = [];
  for (const match of text.matchAll(POLISH_PHONE)) {
    const start = match.index;
    const end = start + match[0].length;
    let national = match[0].slice(match.groups?.['prefix']?.length ?? 0).replace(/\D/g, '');
    // "(012) 345 67 89": the trunk 0 of the old dialling format.
    if (match.groups?.['landline'] && national.length === 10 && national.startsWith('0')) national = national.slice(1);
    const hasPrefix = Boolean(match.groups?.['prefix']);
    if (national.length !== 9 || national.startsWith('0')) continue;
    if (!hasPrefix) {
      if (!POLISH_NUMBER_STARTS.has(national.slice(0, 2))) continue;
      // Round figures are amounts or counts, not phone numbers.
      if (national.endsWith('000')) continue;
      if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
      if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    }
    flags.push(textFlag(text, FlagReason.PersonalData, PersonalDataKind.Phone, start, end));
  }
  for (const match of text.matchAll(INTERNATIONAL_PHONE)) {
    const digits = match[0].replace(/\D/g, '').length;
    const end = match.index + match[0].length;
    if (digits < 8 || digits > 15 || UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    flags.push(textFlag(text, FlagReason.PersonalData, PersonalDataKind.Phone, match.index, end));
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------------- e-mail

const AT = String.raw`(?:@|\s?[\[({]\s?(?:at|małpa|malpa)\s?[\])}]\s?)`;
const DOT = String.raw`(?:\.|\s?[\[({]\s?(?:dot|kropka)\s?[\])}]\s?)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** Addresses, also the usual disguises: "jan [at] example [dot] com", "jan(małpa)example.pl". */
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?${AT}(?:${LABEL}${DOT})+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`,
  'giu',
);

export function findEmails(text: string): TextFlag[] {
  return [...text.matchAll(EMAIL)].map((match) =>
    textFlag(text, FlagReason.PersonalData, PersonalDataKind.Email, match.index, match.index + match[0].length),
  );
}

// ---------------------------------------------------------------------------------------------------- IBAN

/** IBAN length by country (ISO 13616 registry), for the countries a Kraków resident is likely to bank in and more. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
}; // prettier-ignore

/** Country code, check digits, then letters and digits with single spaces or hyphens (printed in groups of four). */
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}[ -]?\d{2}(?:[ -]?[A-Z0-9]){10,30}/giu;
/** A Polish account number without the country code (NRB): 26 digits, usually 2 + 6 groups of 4. */
const NRB_CANDIDATE = /(?<![\p{L}\p{N}])\d{2}(?:[ -]?\d{4}){6}(?![\p{L}\p{N}])/gu;

/** ISO 7064 mod 97-10 over an IBAN (country and check digits moved to the end, letters as 10–35). */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[ -]/g, '').toUpperCase();
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function findIbans(text: string): TextFlag[] {
  const flags: TextFlag[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const expected = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (expected === undefined) continue;
    // Take exactly as many letters and digits as the country's IBAN has, ending where a group ends.
    let taken = 0;
    let end = 0;
    while (end < match[0].length && taken < expected) {
      if (/[A-Za-z0-9]/.test(match[0][end])) taken++;
      end++;
    }
    const after = match[0][end];
    if (taken !== expected || (after !== undefined && !/[ -]/.test(after))) continue;
    if (isValidIban(match[0].slice(0, end))) {
      flags.push(textFlag(text, FlagReason.PersonalData, PersonalDataKind.Iban, match.index, match.index + end));
    }
  }
  for (const match of text.matchAll(NRB_CANDIDATE)) {
    if (isValidIban(`PL${match[0]}`)) {
      flags.push(textFlag(text, FlagReason.PersonalData, PersonalDataKind.Iban, match.index, match.index + match[0].length));
    }
  }
  return flags;
}

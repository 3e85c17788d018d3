import { Locale } from '@consulta/shared/contracts';
import { intlLocale } from '@consulta/web/core';

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** A file size for people: "850 B", "12,4 kB", "3,1 MB" (decimal units, one decimal from kB on, the language's separator). */
export function formatFileSize(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${number}\u00a0${UNITS[unit]}`;
}

/** A whole number with the language's grouping: "12 345" / "12,345". */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** A percentage with at most one decimal: "12,5%" / "12.5%". */
export function formatShare(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** An ISO date (YYYY-MM-DD) as the language writes it, without time-zone shifts; the raw value when malformed. */
export function formatIsoDate(date: string | null, locale: Locale, style: 'long' | 'short' = 'long'): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.slice(0, 10));
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(utc);
}

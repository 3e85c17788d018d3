import { Locale } from '@consulta/shared/contracts';

/** The city's time zone: every date is shown as Kraków sees it, wherever the reader is. */
export const CITY_TIME_ZONE = 'Europe/Warsaw';

export type DateStyle = 'date' | 'dateTime';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long', timeZone: CITY_TIME_ZONE },
  dateTime: { dateStyle: 'long', timeStyle: 'short', timeZone: CITY_TIME_ZONE },
};

const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** Formats an ISO timestamp in the city's time zone; an empty string for null or invalid input. */
export function formatCityDate(iso: string | null | undefined, locale: Locale, style: DateStyle = 'dateTime'): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], OPTIONS[style]).format(date);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function cityWallClock(date: Date): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: CITY_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** ISO timestamp -> value for <input type="datetime-local">, read as Kraków wall-clock time. */
export function isoToCityLocalInput(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const c = cityWallClock(date);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** Value of <input type="datetime-local"> (Kraków wall-clock time) -> ISO timestamp in UTC; null when empty. */
export function cityLocalInputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset of Warsaw at that moment (1 or 2 hours); a second pass settles DST boundaries.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const c = cityWallClock(new Date(guess));
    const offset = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess).toISOString();
}

import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, ErrorCode, LOCALES, Locale } from '@consulta/shared/contracts';
import { ApiError, toApiError } from '../http/api-error';
import { DateStyle, formatCityDate, intlLocale } from './date-format';
import { Dictionary, TranslationKey } from './dictionary';
import { en, enErrors } from './en';
import { MessageParams, interpolate, selectPluralForm } from './message';
import { pl, plErrors } from './pl';

export const LANGUAGE_STORAGE_KEY = 'consulta.lang';
export const LANGUAGE_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const DICTIONARIES: Record<Locale, Dictionary> = { pl, en };
const ERROR_MESSAGES: Record<Locale, Record<ErrorCode, string>> = { pl: plErrors, en: enErrors };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The active language as a signal. Anything that reads `t()` (templates, computed, the title)
 * follows a language switch without a reload.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly activeLanguage = signal<Locale>(this.readSavedLanguage());
  private readonly pluralRules = computed(() => new Intl.PluralRules(intlLocale(this.activeLanguage())));

  readonly language = this.activeLanguage.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.activeLanguage();
  }

  setLanguage(language: Locale): void {
    this.activeLanguage.set(language);
    this.document.documentElement.lang = language;
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage can be disabled (privacy mode); the cookie still remembers the choice.
    }
    this.document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
  }

  t(key: TranslationKey, params?: MessageParams): string {
    const message = DICTIONARIES[this.activeLanguage()][key];
    if (typeof message === 'string') {
      return interpolate(message, params);
    }
    const count = Number(params?.['count'] ?? 0);
    return interpolate(selectPluralForm(message, this.pluralRules(), count), params);
  }

  errorMessage(code: ErrorCode): string {
    return ERROR_MESSAGES[this.activeLanguage()][code];
  }

  /** A translated sentence for any failed request: by API code, else network / generic. */
  describeError(error: unknown): string {
    const apiError: ApiError = toApiError(error);
    if (apiError.code) {
      return this.errorMessage(apiError.code);
    }
    return apiError.status === 0 ? this.t('error.network') : this.t('error.unexpected');
  }

  /**
   * The server's field / line details, one readable line each: only for the codes whose details
   * point at something the person can fix (a Markdown line, a form field). Other codes' details
   * (e.g. password feedback) are server text in English and add nothing to the translated message.
   */
  describeErrorDetails(error: unknown): string[] {
    const apiError = toApiError(error);
    if (apiError.code !== ErrorCode.MarkdownInvalid && apiError.code !== ErrorCode.ValidationFailed) return [];
    return apiError.details.map((detail) => {
      if (detail.line !== undefined) {
        // The server's message may repeat the line number ("Line 3: ..."); the translated prefix carries it.
        return this.t('error.detailLine', { line: detail.line, message: detail.message.replace(/^Line \d+:\s*/i, '') });
      }
      if (detail.field) {
        return this.t('error.detailField', { field: detail.field, message: detail.message });
      }
      return detail.message;
    });
  }

  formatDate(iso: string | null | undefined, style: DateStyle = 'dateTime'): string {
    return formatCityDate(iso, this.activeLanguage(), style);
  }

  private readSavedLanguage(): Locale {
    let stored: string | null = null;
    try {
      stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      stored = null;
    }
    if (isLocale(stored)) {
      return stored;
    }
    const cookie = this.document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
    return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  }
}

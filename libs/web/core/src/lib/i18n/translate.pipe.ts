import { Pipe, PipeTransform, inject } from '@angular/core';
import { DateStyle } from './date-format';
import { TranslationKey } from './dictionary';
import { I18nService } from './i18n.service';
import { MessageParams } from './message';

/**
 * `{{ 'home.heading' | t }}`, `{{ 'consultation.daysLeft' | t: { count: 3 } }}`.
 * Impure so that the template re-reads the language signal on every check; the lookup is a map access.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}

/** `{{ consultation.opensAt | cityDate }}`: a date in the active language, Kraków time. */
@Pipe({ name: 'cityDate', pure: false })
export class CityDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(iso: string | null | undefined, style: DateStyle = 'dateTime'): string {
    return this.i18n.formatDate(iso, style);
  }
}

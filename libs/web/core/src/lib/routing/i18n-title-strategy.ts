import { Injectable, inject } from '@angular/core';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslationKey } from '../i18n/dictionary';
import { pl } from '../i18n/pl';
import { PageTitleService } from './page-title.service';

function isTranslationKey(value: string | undefined): value is TranslationKey {
  return value !== undefined && Object.prototype.hasOwnProperty.call(pl, value);
}

/** Route `title` values are dictionary keys (see PAGES); this strategy hands them to PageTitleService. */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly pageTitle = inject(PageTitleService);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.pageTitle.setRouteTitle(isTranslationKey(key) ? key : null);
  }
}

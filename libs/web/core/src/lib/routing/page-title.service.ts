import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslationKey } from '../i18n/dictionary';
import { I18nService } from '../i18n/i18n.service';

/**
 * The document <title>: the route's title key (set by the title strategy), optionally replaced
 * by page content such as a consultation's title. Re-translated when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleService {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly routeTitle = signal<TranslationKey | null>(null);
  private readonly contentTitle = signal<string | null>(null);

  constructor() {
    effect(() => {
      const suffix = this.i18n.t('title.suffix');
      const key = this.routeTitle();
      const page = this.contentTitle() ?? (key ? this.i18n.t(key) : null);
      this.title.setTitle(page ? `${page} · ${suffix}` : suffix);
    });
  }

  /** Called on every navigation; a fragment or query change on the same page keeps its content title. */
  setRouteTitle(key: TranslationKey | null): void {
    if (key !== this.routeTitle()) {
      this.contentTitle.set(null);
      this.routeTitle.set(key);
    }
  }

  /** A title taken from page content (already in the content's language); null restores the route title. */
  setContentTitle(text: string | null): void {
    this.contentTitle.set(text);
  }
}

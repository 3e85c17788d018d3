import { DOCUMENT, Injectable, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

const HEADING_RETRY_MS = 100;
const HEADING_RETRIES = 30;

/**
 * After an in-app navigation, moves focus to the new page's <h1> so that screen-reader and keyboard
 * users start at the content, as they would after a full page load. Skipped for the navigation that
 * loaded the app (id 1), for links to a fragment (the page handles those) and when only the query
 * string changed. A link followed before the first page finished loading cancels navigation 1, so
 * the page it opens does get focus.
 */
@Injectable({ providedIn: 'root' })
export class NavigationFocus {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private previousPath: string | null = null;
  private attempt = 0;

  start(): void {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.focusAfter(event));
  }

  private focusAfter(event: NavigationEnd): void {
    const url = this.router.parseUrl(event.urlAfterRedirects);
    const path = url.root.children['primary']?.segments.map((segment) => segment.path).join('/') ?? '';
    const isFirst = event.id === 1;
    const samePage = this.previousPath === path;
    this.previousPath = path;
    if (isFirst || samePage || url.fragment) {
      return;
    }
    const attempt = ++this.attempt;
    afterNextRender(() => this.focusHeading(attempt, 0), { injector: this.injector });
  }

  /** Lazy pages and loaded content render their heading a little later: retry briefly. */
  private focusHeading(attempt: number, tries: number): void {
    if (attempt !== this.attempt) {
      return;
    }
    const heading = this.document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) {
        heading.setAttribute('tabindex', '-1');
      }
      heading.focus();
    } else if (tries < HEADING_RETRIES) {
      setTimeout(() => this.focusHeading(attempt, tries + 1), HEADING_RETRY_MS);
    }
  }
}

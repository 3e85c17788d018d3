import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { LOCALES, Locale } from '@consulta/shared/contracts';
import { I18nService, LANGUAGE_LABEL, SessionStore, TranslatePipe, pageLink } from '@consulta/web/core';
import { LanguageOption, LanguageSwitch } from '@consulta/web/ui';
import { NavigationFocus } from './navigation-focus';

/** The shell: skip link, header (name, navigation, language, account), <main>, footer. */
@Component({
  selector: 'cs-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  templateUrl: './app.html',
})
export class App {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);

  protected readonly links = {
    home: pageLink('home'),
    admin: pageLink('admin'),
    moderation: pageLink('moderation'),
    login: pageLink('login'),
    register: pageLink('register'),
    account: pageLink('account'),
    myParticipation: pageLink('myParticipation'),
    devOutbox: pageLink('devOutbox'),
  };
  /** Language names are shown in their own language, so the dictionary of either language has them. */
  protected readonly languages = computed<LanguageOption[]>(() =>
    LOCALES.map((locale) => ({ locale, name: this.i18n.t(LANGUAGE_LABEL[locale]) })),
  );

  constructor() {
    inject(NavigationFocus).start();
  }

  /** The base href would turn "#main" into a link to the home page: move focus by hand. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  protected switchLanguage(locale: Locale): void {
    this.i18n.setLanguage(locale);
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl(this.links.home);
  }
}

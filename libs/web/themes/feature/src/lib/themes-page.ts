import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { I18nService, TranslatePipe, pageLink } from '@consulta/web/core';
import { DiscoveryStore, QualityStore, SuggestionsStore, ThemeCommentsStore, ThemesStore } from '@consulta/web/themes/data-access';
import { DiscoveryPanel } from './discovery-panel';
import { QualityPanel } from './quality-panel';
import { SuggestionsPanel } from './suggestions-panel';
import { THEME_TABS, THEME_TAB_LABEL, ThemeTab, tabIndexAfterKey } from './theme-labels';
import { ThemeCommentsPanel } from './theme-comments-panel';
import { ThemeListPanel } from './theme-list-panel';
import { ThemesAnnouncer } from './themes-announcer';

/**
 * /staff/k/:slug/themes: the staff member's workbench for a consultation's themes, in five tabs (themes, comments,
 * suggestions, discovery, quality). The stores live here, so a running job and a half-worked list survive a change
 * of tab; results of every tab are announced in one polite live region.
 */
@Component({
  selector: 'cs-themes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, ThemeListPanel, ThemeCommentsPanel, SuggestionsPanel, DiscoveryPanel, QualityPanel],
  providers: [ThemesStore, ThemeCommentsStore, SuggestionsStore, DiscoveryStore, QualityStore, ThemesAnnouncer],
  templateUrl: './themes-page.html',
  styleUrl: './themes-page.css',
})
export class ThemesPage {
  /** From the route (:slug). */
  readonly slug = input.required<string>();

  protected readonly themes = inject(ThemesStore);
  protected readonly announcer = inject(ThemesAnnouncer);
  private readonly discovery = inject(DiscoveryStore);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly consultations = inject(ConsultationApi).adminListResource();

  protected readonly tabs = THEME_TABS;
  protected readonly tabLabel = THEME_TAB_LABEL;
  protected readonly activeTab = signal<ThemeTab>('themes');
  protected readonly title = computed(() => {
    const slug = this.slug();
    const list = this.consultations.hasValue() ? this.consultations.value() : [];
    return list.find((consultation) => consultation.slug === slug)?.title ?? slug;
  });
  protected readonly overviewLink = computed(() => pageLink('themeOverview', this.slug()));
  protected readonly editorLink = computed(() => pageLink('adminEdit', this.slug()));
  protected readonly moderationLink = pageLink('moderation');
  /** A discovery job runs (or was found running): shown in the tab's name so it is noticed from any tab. */
  protected readonly discoveryRunning = computed(() => {
    const job = this.discovery.job();
    return job !== null && !job.finished();
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => {
        void this.themes.open(slug);
        void this.discovery.reload();
      });
    });
  }

  protected tabId(tab: ThemeTab): string {
    return `themes-tab-${tab}`;
  }

  protected panelId(tab: ThemeTab): string {
    return `themes-panel-${tab}`;
  }

  protected select(tab: ThemeTab): void {
    this.activeTab.set(tab);
  }

  /** Arrow keys, Home and End move between tabs and show the tab reached (automatic activation). */
  protected moveBetweenTabs(event: KeyboardEvent): void {
    const index = this.tabs.indexOf(this.activeTab());
    const next = tabIndexAfterKey(event.key, index, this.tabs.length);
    if (next === null) return;
    event.preventDefault();
    const tab = this.tabs[next];
    this.activeTab.set(tab);
    this.host.nativeElement.querySelector<HTMLElement>(`#${this.tabId(tab)}`)?.focus();
  }

  protected tabName(tab: ThemeTab): string {
    const label = this.i18n.t(this.tabLabel[tab]);
    return tab === 'discovery' && this.discoveryRunning() ? `${label} ${this.i18n.t('themes.tab.running')}` : label;
  }
}

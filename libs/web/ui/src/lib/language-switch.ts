import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Locale } from '@consulta/shared/contracts';

export interface LanguageOption {
  locale: Locale;
  /** The language's own name ("Polski", "English"), so it can be found in any language. */
  name: string;
}

/** A group of toggle buttons; the pressed one is the active language. */
@Component({
  selector: 'cs-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="label()">
      @for (option of options(); track option.locale) {
        <button
          type="button"
          class="language-switch__button"
          [attr.lang]="option.locale"
          [attr.aria-pressed]="option.locale === current()"
          (click)="selectLanguage(option.locale)"
        >
          {{ option.name }}
        </button>
      }
    </div>
  `,
})
export class LanguageSwitch {
  readonly label = input.required<string>();
  readonly options = input.required<readonly LanguageOption[]>();
  readonly current = input.required<Locale>();
  readonly languageSelected = output<Locale>();

  protected selectLanguage(locale: Locale): void {
    if (locale !== this.current()) {
      this.languageSelected.emit(locale);
    }
  }
}

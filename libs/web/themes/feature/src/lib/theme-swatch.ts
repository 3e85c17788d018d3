import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A theme's colour as a small square beside its name: decoration only, the name always carries the meaning. */
@Component({
  selector: 'cs-theme-swatch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="theme-swatch" aria-hidden="true" [style.background-color]="colour()"></span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
    .theme-swatch {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      border-radius: 3px;
      border: 1px solid var(--color-text);
      flex: none;
    }
  `,
})
export class ThemeSwatch {
  readonly colour = input.required<string>();
}

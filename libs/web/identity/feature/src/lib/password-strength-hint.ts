import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe, TranslationKey } from '@consulta/web/core';
import { PasswordStrength, passwordStrength } from './password-strength';

const LEVEL_LABEL: Record<PasswordStrength, TranslationKey> = {
  empty: 'auth.strength.empty',
  weak: 'auth.strength.weak',
  fair: 'auth.strength.fair',
  strong: 'auth.strength.strong',
};

/** "Password strength: fair" with a bar; announced politely when the level changes. */
@Component({
  selector: 'cs-password-strength-hint',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div [class]="'strength strength--' + level()" [id]="hintId()" aria-live="polite">
      <span class="strength__bar"></span>
      {{ 'auth.strength' | t: { level: (levelLabel() | t) } }}
    </div>
  `,
})
export class PasswordStrengthHint {
  readonly password = input.required<string>();
  readonly hintId = input.required<string>();

  protected readonly level = computed(() => passwordStrength(this.password()));
  protected readonly levelLabel = computed(() => LEVEL_LABEL[this.level()]);
}

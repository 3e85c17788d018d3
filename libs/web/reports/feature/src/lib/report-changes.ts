import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DocumentDiffDto, ReportThemeDto } from '@consulta/shared/contracts';
import { TranslatePipe } from '@consulta/web/core';
import { DocumentDiffView } from '@consulta/web/consultation/feature';

/**
 * "What changed in the text" between the first and the final document version (the consultation feature's diff view,
 * with the themes linked to each change named); a sentence instead when the document had one version.
 */
@Component({
  selector: 'cs-report-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DocumentDiffView],
  template: `
    @if (changes(); as diff) {
      <p>{{ 'report.changes.versions' | t: { from: diff.fromVersion, to: diff.toVersion } }}</p>
      <cs-document-diff [diff]="diff" [headingLevel]="3" [themeNames]="themeNames()" />
    } @else {
      <p class="muted">{{ 'report.changes.none' | t }}</p>
    }
  `,
})
export class ReportChanges {
  readonly changes = input.required<DocumentDiffDto | null>();
  readonly themes = input<readonly ReportThemeDto[]>([]);

  protected readonly themeNames = computed(() => Object.fromEntries(this.themes().map((theme) => [theme.themeId, theme.name])));
}

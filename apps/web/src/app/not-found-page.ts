import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, pageLink } from '@consulta/web/core';

@Component({
  selector: 'cs-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1 tabindex="-1">{{ 'notFound.heading' | t }}</h1>
    <p>{{ 'notFound.text' | t }}</p>
    <p>
      <a [routerLink]="homeLink">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class NotFoundPage {
  protected readonly homeLink = pageLink('home');
}

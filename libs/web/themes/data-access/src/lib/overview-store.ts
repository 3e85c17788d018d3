import { Injectable, inject, signal } from '@angular/core';
import { ThemeOverviewDto } from '@consulta/shared/contracts';
import { ThemesApi } from './themes-api';

/** The theme overview of one consultation (read once per visit; reload on demand). */
@Injectable()
export class ThemeOverviewStore {
  private readonly api = inject(ThemesApi);
  private readonly current = signal<ThemeOverviewDto | null>(null);
  private readonly loadingState = signal(false);
  private readonly failure = signal<unknown>(null);

  readonly overview = this.current.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.failure.asReadonly();

  async load(slug: string): Promise<void> {
    this.loadingState.set(true);
    this.failure.set(null);
    try {
      this.current.set(await this.api.overview(slug));
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.loadingState.set(false);
    }
  }
}

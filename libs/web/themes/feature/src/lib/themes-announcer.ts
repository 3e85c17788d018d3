import { Injectable, signal } from '@angular/core';

/** The themes page's one polite live region: every panel announces results of its actions here. */
@Injectable()
export class ThemesAnnouncer {
  private readonly current = signal('');
  private timer: ReturnType<typeof setTimeout> | undefined;

  readonly text = this.current.asReadonly();

  /** Emptied first, so that the same sentence twice in a row is announced twice. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.current.set('');
    this.timer = setTimeout(() => this.current.set(text), 100);
  }
}

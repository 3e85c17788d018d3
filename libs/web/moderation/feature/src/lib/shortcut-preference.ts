import { DOCUMENT, Injectable, inject, signal } from '@angular/core';

export const SHORTCUTS_STORAGE_KEY = 'consulta.moderation.shortcuts';

/** Whether the queue's single-key shortcuts are on (default) or turned off; remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class ShortcutPreference {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;
  private readonly state = signal(this.read());

  readonly enabled = this.state.asReadonly();

  setEnabled(enabled: boolean): void {
    this.state.set(enabled);
    try {
      this.storage?.setItem(SHORTCUTS_STORAGE_KEY, enabled ? 'on' : 'off');
    } catch {
      // Storage can be disabled (privacy mode): the choice then lasts until the page is left.
    }
  }

  private read(): boolean {
    try {
      return this.storage?.getItem(SHORTCUTS_STORAGE_KEY) !== 'off';
    } catch {
      return true;
    }
  }
}

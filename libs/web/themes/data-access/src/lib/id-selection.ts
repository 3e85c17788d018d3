import { computed, signal } from '@angular/core';

/**
 * A set of selected ids as a signal (comments for a bulk assignment, proposals to merge). Every change makes a
 * new Set so that computed() readers see it.
 */
export class IdSelection {
  private readonly ids = signal<ReadonlySet<string>>(new Set());

  readonly selected = this.ids.asReadonly();
  readonly count = computed(() => this.ids().size);
  /** In the order they were selected. */
  readonly list = computed(() => [...this.ids()]);

  has(id: string): boolean {
    return this.ids().has(id);
  }

  toggle(id: string, selected = !this.has(id)): void {
    this.ids.update((ids) => {
      if (ids.has(id) === selected) return ids;
      const next = new Set(ids);
      if (selected) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** Selects (or unselects) all of `ids` at once, leaving the others as they are. */
  setAll(ids: readonly string[], selected: boolean): void {
    this.ids.update((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  /** True when every one of `ids` is selected (false for none). */
  hasAll(ids: readonly string[]): boolean {
    const current = this.ids();
    return ids.length > 0 && ids.every((id) => current.has(id));
  }

  /** Drops the ids that are no longer listed (after a reload or a merge). */
  retain(ids: readonly string[]): void {
    const keep = new Set(ids);
    this.ids.update((current) => ([...current].every((id) => keep.has(id)) ? current : new Set([...current].filter((id) => keep.has(id)))));
  }

  clear(): void {
    if (this.ids().size > 0) this.ids.set(new Set());
  }
}

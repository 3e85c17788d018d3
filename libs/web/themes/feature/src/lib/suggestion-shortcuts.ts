import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslationKey } from '@consulta/web/core';

/** What a single-key shortcut in the suggestion list does. */
export type SuggestionCommand = 'accept' | 'reject' | 'next' | 'previous';

export interface SuggestionShortcut {
  readonly keys: readonly string[];
  readonly command: SuggestionCommand;
  readonly description: TranslationKey;
}

/**
 * Letters, as in the moderation queue. They only work while focus is in the suggestion list (WCAG 2.1.4 "active
 * only on focus") and can be turned off on the page (WCAG 2.1.4 "turn off").
 */
export const SUGGESTION_SHORTCUTS: readonly SuggestionShortcut[] = [
  { keys: ['a'], command: 'accept', description: 'themes.suggestions.shortcuts.accept' },
  { keys: ['r'], command: 'reject', description: 'themes.suggestions.shortcuts.reject' },
  { keys: ['j'], command: 'next', description: 'themes.suggestions.shortcuts.next' },
  { keys: ['k'], command: 'previous', description: 'themes.suggestions.shortcuts.previous' },
];

const COMMAND_BY_KEY = new Map<string, SuggestionCommand>(
  SUGGESTION_SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.command] as const)),
);

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** True when typing in `target` enters text or picks an option: shortcuts must then stay out of the way. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return true;
  const role = target.getAttribute('role');
  return role !== null && TEXT_ROLES.has(role);
}

export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target' | 'defaultPrevented' | 'isComposing'
>;

/** The command a key press means, or null when it keeps its usual meaning (off, modifier held, typing, handled). */
export function suggestionCommandFor(event: ShortcutKeyEvent, enabled: boolean): SuggestionCommand | null {
  if (!enabled || event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTextEntry(event.target)) return null;
  return COMMAND_BY_KEY.get(event.key) ?? null;
}

export const SUGGESTION_SHORTCUTS_STORAGE_KEY = 'consulta.themes.shortcuts';

/** Whether the suggestion list's single-key shortcuts are on (default) or off; remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class SuggestionShortcutPreference {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage ?? null;
  private readonly state = signal(this.read());

  readonly enabled = this.state.asReadonly();

  setEnabled(enabled: boolean): void {
    this.state.set(enabled);
    try {
      this.storage?.setItem(SUGGESTION_SHORTCUTS_STORAGE_KEY, enabled ? 'on' : 'off');
    } catch {
      // Storage can be disabled (privacy mode): the choice then lasts until the page is left.
    }
  }

  private read(): boolean {
    try {
      return this.storage?.getItem(SUGGESTION_SHORTCUTS_STORAGE_KEY) !== 'off';
    } catch {
      return true;
    }
  }
}

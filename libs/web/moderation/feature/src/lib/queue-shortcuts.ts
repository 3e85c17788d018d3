import { TranslationKey } from '@consulta/web/core';

/** What a single-key shortcut in the moderation queue does. */
export type QueueCommand = 'next' | 'previous' | 'approve' | 'reject' | 'select';

export interface QueueShortcut {
  readonly keys: readonly string[];
  readonly command: QueueCommand;
  /** Dictionary key of the line in the page's shortcut help. */
  readonly description: TranslationKey;
}

/**
 * The queue's shortcuts. Letters, not arrows: arrows scroll and move a screen reader's virtual cursor.
 * They only work while focus is inside the queue list (WCAG 2.1.4 "active only on focus") and the
 * moderator can turn them off on the page (WCAG 2.1.4 "turn off").
 */
export const QUEUE_SHORTCUTS: readonly QueueShortcut[] = [
  { keys: ['j', 'n'], command: 'next', description: 'moderation.shortcuts.next' },
  { keys: ['k', 'p'], command: 'previous', description: 'moderation.shortcuts.previous' },
  { keys: ['a'], command: 'approve', description: 'moderation.shortcuts.approve' },
  { keys: ['r'], command: 'reject', description: 'moderation.shortcuts.reject' },
  { keys: ['x'], command: 'select', description: 'moderation.shortcuts.select' },
];

const COMMAND_BY_KEY = new Map<string, QueueCommand>(QUEUE_SHORTCUTS.flatMap((s) => s.keys.map((key) => [key, s.command] as const)));

/** Input types that take typed characters (a checkbox or a button does not). */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** True when typing in `target` enters text or picks an option: shortcuts must then stay out of the way. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  // isContentEditable is the browser's answer; the attribute check covers environments without it.
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return true;
  const role = target.getAttribute('role');
  return role !== null && TEXT_ROLES.has(role);
}

export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target' | 'defaultPrevented' | 'isComposing'
>;

/**
 * The command a key press means, or null when it must keep its usual meaning: shortcuts turned off,
 * a modifier held (browser and screen-reader commands), text being typed or composed, or already handled.
 */
export function queueCommandFor(event: ShortcutKeyEvent, enabled: boolean): QueueCommand | null {
  if (!enabled || event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTextEntry(event.target)) return null;
  // Shift+A is not "a": a held Shift is left to assistive technology and the browser.
  return COMMAND_BY_KEY.get(event.key) ?? null;
}

import { TestBed } from '@angular/core/testing';
import { QueueCommand, ShortcutKeyEvent, isTextEntry, queueCommandFor } from './queue-shortcuts';
import { SHORTCUTS_STORAGE_KEY, ShortcutPreference } from './shortcut-preference';

function press(key: string, target: EventTarget | null, extra: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return { key, target, ctrlKey: false, altKey: false, metaKey: false, defaultPrevented: false, isComposing: false, ...extra };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  document.body.append(created);
  return created;
}

describe('queue shortcuts', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('maps the documented keys on an item or a button', () => {
    const article = element('article');
    const button = element('button');
    const expected: Record<string, QueueCommand> = {
      j: 'next',
      n: 'next',
      k: 'previous',
      p: 'previous',
      a: 'approve',
      r: 'reject',
      x: 'select',
    };
    for (const [key, command] of Object.entries(expected)) {
      expect(queueCommandFor(press(key, article), true)).toBe(command);
      expect(queueCommandFor(press(key, button), true)).toBe(command);
    }
    expect(queueCommandFor(press('q', article), true)).toBeNull();
    expect(queueCommandFor(press('Enter', button), true)).toBeNull();
  });

  it('is not active while typing in a text field, a select or an editable region', () => {
    const fields = [
      element('input'),
      element('input', { type: 'search' }),
      element('textarea'),
      element('select'),
      element('div', { contenteditable: 'true' }),
      element('div', { role: 'textbox' }),
    ];
    for (const field of fields) {
      expect(isTextEntry(field)).toBe(true);
      expect(queueCommandFor(press('a', field), true)).toBeNull();
      expect(queueCommandFor(press('r', field), true)).toBeNull();
    }
    // A checkbox takes no text: the item's selection box keeps the shortcuts.
    expect(queueCommandFor(press('a', element('input', { type: 'checkbox' })), true)).toBe('approve');
  });

  it('leaves modified keys, capitals, composition and handled events alone', () => {
    const article = element('article');
    expect(queueCommandFor(press('a', article, { ctrlKey: true }), true)).toBeNull();
    expect(queueCommandFor(press('a', article, { altKey: true }), true)).toBeNull();
    expect(queueCommandFor(press('a', article, { metaKey: true }), true)).toBeNull();
    expect(queueCommandFor(press('A', article), true)).toBeNull();
    expect(queueCommandFor(press('a', article, { isComposing: true }), true)).toBeNull();
    expect(queueCommandFor(press('a', article, { defaultPrevented: true }), true)).toBeNull();
  });

  it('does nothing when turned off', () => {
    const article = element('article');
    for (const key of ['j', 'k', 'a', 'r', 'x']) expect(queueCommandFor(press(key, article), false)).toBeNull();
  });
});

describe('ShortcutPreference', () => {
  beforeEach(() => localStorage.clear());

  it('is on by default, and remembers being turned off and on in this browser', () => {
    expect(TestBed.inject(ShortcutPreference).enabled()).toBe(true);

    TestBed.inject(ShortcutPreference).setEnabled(false);
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBe('off');
    TestBed.resetTestingModule();
    const reopened = TestBed.inject(ShortcutPreference);
    expect(reopened.enabled()).toBe(false);

    reopened.setEnabled(true);
    TestBed.resetTestingModule();
    expect(TestBed.inject(ShortcutPreference).enabled()).toBe(true);
  });
});

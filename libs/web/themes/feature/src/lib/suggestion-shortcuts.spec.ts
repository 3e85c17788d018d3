import { ShortcutKeyEvent, isTextEntry, suggestionCommandFor } from './suggestion-shortcuts';

function press(key: string, target: EventTarget | null, extra: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return { key, target, ctrlKey: false, altKey: false, metaKey: false, defaultPrevented: false, isComposing: false, ...extra };
}

describe('suggestionCommandFor', () => {
  const item = document.createElement('article');

  it('maps a, r, j and k to their commands', () => {
    expect(suggestionCommandFor(press('a', item), true)).toBe('accept');
    expect(suggestionCommandFor(press('r', item), true)).toBe('reject');
    expect(suggestionCommandFor(press('j', item), true)).toBe('next');
    expect(suggestionCommandFor(press('k', item), true)).toBe('previous');
    expect(suggestionCommandFor(press('x', item), true)).toBeNull();
  });

  it('does nothing when turned off, with a modifier, while composing or when already handled', () => {
    expect(suggestionCommandFor(press('a', item), false)).toBeNull();
    expect(suggestionCommandFor(press('a', item, { ctrlKey: true }), true)).toBeNull();
    expect(suggestionCommandFor(press('a', item, { altKey: true }), true)).toBeNull();
    expect(suggestionCommandFor(press('a', item, { isComposing: true }), true)).toBeNull();
    expect(suggestionCommandFor(press('a', item, { defaultPrevented: true }), true)).toBeNull();
    expect(suggestionCommandFor(press('A', item), true)).toBeNull();
  });

  it('leaves typing alone', () => {
    const text = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(suggestionCommandFor(press('a', text), true)).toBeNull();
    expect(suggestionCommandFor(press('a', document.createElement('textarea')), true)).toBeNull();
    expect(suggestionCommandFor(press('a', checkbox), true)).toBe('accept');
  });
});

describe('isTextEntry', () => {
  it('knows text inputs, selects, editable regions and text roles', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    const combo = document.createElement('div');
    combo.setAttribute('role', 'combobox');
    expect(isTextEntry(document.createElement('select'))).toBe(true);
    expect(isTextEntry(inside)).toBe(true);
    expect(isTextEntry(combo)).toBe(true);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

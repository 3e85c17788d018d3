import { IdSelection } from './id-selection';

describe('IdSelection', () => {
  it('toggles ids and keeps the order they were selected in', () => {
    const selection = new IdSelection();
    selection.toggle('b');
    selection.toggle('a');
    expect(selection.list()).toEqual(['b', 'a']);
    expect(selection.count()).toBe(2);
    selection.toggle('b');
    expect(selection.list()).toEqual(['a']);
    expect(selection.has('b')).toBe(false);
  });

  it('sets an explicit state and leaves the set untouched when nothing changes', () => {
    const selection = new IdSelection();
    selection.toggle('a', true);
    const before = selection.selected();
    selection.toggle('a', true);
    expect(selection.selected()).toBe(before);
    selection.toggle('a', false);
    expect(selection.count()).toBe(0);
  });

  it('selects and unselects a whole page, leaving other ids alone', () => {
    const selection = new IdSelection();
    selection.toggle('x');
    selection.setAll(['a', 'b', 'c'], true);
    expect(selection.hasAll(['a', 'b', 'c'])).toBe(true);
    selection.setAll(['a', 'b'], false);
    expect(selection.list()).toEqual(['x', 'c']);
    expect(selection.hasAll(['a', 'c'])).toBe(false);
    expect(selection.hasAll([])).toBe(false);
  });

  it('drops ids that are no longer listed and clears', () => {
    const selection = new IdSelection();
    selection.setAll(['a', 'b', 'c'], true);
    selection.retain(['c', 'a', 'z']);
    expect(selection.list()).toEqual(['a', 'c']);
    selection.clear();
    expect(selection.count()).toBe(0);
  });
});

import { ParagraphChangeKind, WordDiffPartDto } from '@consulta/shared/contracts';
import { DiffSection, diffVersions } from './diff-versions';
import { MAX_WORD_EDITS, diffWords, joinWordDiff } from './diff-words';

const section = (key: string, title: string, ...paragraphs: [string, string][]): DiffSection => ({
  key,
  title,
  paragraphs: paragraphs.map(([paragraphKey, text]) => ({ key: paragraphKey, text })),
});

function expectRestores(parts: WordDiffPartDto[], before: string, after: string): void {
  expect(joinWordDiff(parts, 'before')).toBe(before);
  expect(joinWordDiff(parts, 'after')).toBe(after);
}

describe('diffWords', () => {
  it('marks a replaced word as a deletion followed by an insertion, keeping the spaces around it equal', () => {
    const before = 'Każda dzielnica wskaże trzy miejsca na nowe skwery.';
    const after = 'Każda dzielnica wskaże cztery miejsca na nowe skwery.';
    expect(diffWords(before, after)).toEqual([
      { op: 'equal', text: 'Każda dzielnica wskaże ' },
      { op: 'delete', text: 'trzy' },
      { op: 'insert', text: 'cztery' },
      { op: 'equal', text: ' miejsca na nowe skwery.' },
    ]);
  });

  it('treats Polish letters as parts of words, not as separators', () => {
    const parts = diffWords('Zażółć gęślą jaźń.', 'Zażółć gęślą jażń.');
    expect(parts).toEqual([
      { op: 'equal', text: 'Zażółć gęślą ' },
      { op: 'delete', text: 'jaźń' },
      { op: 'insert', text: 'jażń' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows punctuation changes on their own', () => {
    const before = 'Drzewa, krzewy i łąki kwietne.';
    const after = 'Drzewa krzewy i łąki kwietne!';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: ',' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: '!' },
    ]);
    expectRestores(parts, before, after);
  });

  it('keeps every space, tab and line break, so joining the parts gives both texts back exactly', () => {
    const cases: [string, string][] = [
      ['Ala  ma\tkota', 'Ala ma  kota'],
      ['  spacje na początku', 'spacje na początku  '],
      ['', 'Nowy akapit o zieleni.'],
      ['Stary akapit o zieleni.', ''],
      ['„Cudzysłów” — myślnik… i (nawiasy).', '„Cudzysłów” – półpauza… i [nawiasy]?'],
      ['ŹDŹBŁO żółć', 'źdźbło Żółć'],
    ];
    for (const [before, after] of cases) expectRestores(diffWords(before, after), before, after);
  });

  it('answers one equal part for identical texts and nothing for two empty ones', () => {
    expect(diffWords('Bez zmian.', 'Bez zmian.')).toEqual([{ op: 'equal', text: 'Bez zmian.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('never leaves two neighbouring parts of the same kind, and puts a deletion before its insertion', () => {
    const parts = diffWords('jeden dwa trzy cztery pięć', 'jeden DWA TRZY cztery sześć siedem');
    parts.forEach((part, index) => {
      if (index > 0) expect(part.op).not.toBe(parts[index - 1].op);
      if (index > 0 && part.op === 'delete') expect(parts[index - 1].op).not.toBe('insert');
    });
    expect(parts).toEqual([
      { op: 'equal', text: 'jeden ' },
      { op: 'delete', text: 'dwa trzy' },
      { op: 'insert', text: 'DWA TRZY' },
      { op: 'equal', text: ' cztery ' },
      { op: 'delete', text: 'pięć' },
      { op: 'insert', text: 'sześć siedem' },
    ]);
  });

  it('replaces a paragraph whole when it was rewritten beyond a readable word diff, still restoring both texts', () => {
    const before = Array.from({ length: MAX_WORD_EDITS }, (_, index) => `stare${index}`).join(' ');
    const after = Array.from({ length: MAX_WORD_EDITS }, (_, index) => `nowe${index}`).join(' ');
    const started = Date.now();
    const parts = diffWords(before, after);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(parts).toEqual([
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ]);
  });
});

describe('diffVersions', () => {
  const v1 = [
    section(
      'cele',
      'Cele',
      ['p1', 'Chcemy posadzić tysiąc drzew.'],
      ['p2', 'Każda dzielnica wskaże trzy miejsca.'],
      ['p3', 'Raport co rok.'],
    ),
    section('dzia', 'Działania', ['p4', 'Konsultacje z radami dzielnic.'], ['p5', 'Mapa miejsc.']),
  ];

  it('lists an edited paragraph as changed with its word diff, and nothing for unchanged ones', () => {
    const v2 = [
      section(
        'cele',
        'Cele',
        ['p1', 'Chcemy posadzić tysiąc drzew.'],
        ['p2', 'Każda dzielnica wskaże cztery miejsca.'],
        ['p3', 'Raport co rok.'],
      ),
      v1[1],
    ];
    const diff = diffVersions(v1, v2);
    expect(diff.changes).toEqual([
      {
        kind: ParagraphChangeKind.Changed,
        paragraphKey: 'p2',
        sectionKey: 'cele',
        sectionTitle: 'Cele',
        before: 'Każda dzielnica wskaże trzy miejsca.',
        after: 'Każda dzielnica wskaże cztery miejsca.',
        words: [
          { op: 'equal', text: 'Każda dzielnica wskaże ' },
          { op: 'delete', text: 'trzy' },
          { op: 'insert', text: 'cztery' },
          { op: 'equal', text: ' miejsca.' },
        ],
      },
    ]);
    expect(diff.sectionsAdded).toEqual([]);
    expect(diff.sectionsRemoved).toEqual([]);
  });

  it('lists added and removed paragraphs in the new order, a removed one where it was', () => {
    const v2 = [
      section('cele', 'Cele', ['p1', 'Chcemy posadzić tysiąc drzew.'], ['p6', 'Podlejemy drzewa w upały.'], ['p3', 'Raport co rok.']),
      section('dzia', 'Działania', ['p7', 'Budżet na zieleń.'], ['p4', 'Konsultacje z radami dzielnic.']),
    ];
    const diff = diffVersions(v1, v2);
    expect(diff.changes.map((change) => [change.kind, change.paragraphKey, change.sectionKey, change.before, change.after])).toEqual([
      [ParagraphChangeKind.Removed, 'p2', 'cele', 'Każda dzielnica wskaże trzy miejsca.', null],
      [ParagraphChangeKind.Added, 'p6', 'cele', null, 'Podlejemy drzewa w upały.'],
      [ParagraphChangeKind.Added, 'p7', 'dzia', null, 'Budżet na zieleń.'],
      [ParagraphChangeKind.Removed, 'p5', 'dzia', 'Mapa miejsc.', null],
    ]);
    expect(diff.changes.every((change) => change.words.length === 0)).toBe(true);
  });

  it('puts a paragraph removed at the top of its section first in that section', () => {
    const v2 = [section('cele', 'Cele', ['p2', 'Każda dzielnica wskaże trzy miejsca.'], ['p3', 'Raport co rok.']), v1[1]];
    expect(diffVersions(v1, v2).changes.map((change) => [change.kind, change.paragraphKey])).toEqual([[ParagraphChangeKind.Removed, 'p1']]);
  });

  it('matches a moved paragraph by key: not listed when its text is the same, changed in its new place when edited', () => {
    const moved = [
      section('cele', 'Cele', ['p2', 'Każda dzielnica wskaże trzy miejsca.'], ['p3', 'Raport co rok.']),
      section(
        'dzia',
        'Działania',
        ['p4', 'Konsultacje z radami dzielnic.'],
        ['p1', 'Chcemy posadzić tysiąc drzew.'],
        ['p5', 'Mapa miejsc.'],
      ),
    ];
    expect(diffVersions(v1, moved).changes).toEqual([]);

    const movedAndEdited = [
      moved[0],
      section(
        'dzia',
        'Działania',
        ['p4', 'Konsultacje z radami dzielnic.'],
        ['p1', 'Chcemy posadzić dwa tysiące drzew.'],
        ['p5', 'Mapa miejsc.'],
      ),
    ];
    const [change, ...rest] = diffVersions(v1, movedAndEdited).changes;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: ParagraphChangeKind.Changed, paragraphKey: 'p1', sectionKey: 'dzia', sectionTitle: 'Działania' });
    expectRestores(change.words, 'Chcemy posadzić tysiąc drzew.', 'Chcemy posadzić dwa tysiące drzew.');
  });

  it('reports added and removed sections by key, the removed section’s paragraphs where the section was', () => {
    const v2 = [
      section('wstep', 'Wstęp', ['p8', 'Dlaczego zieleń?']),
      section(
        'cele',
        'Cele',
        ['p1', 'Chcemy posadzić tysiąc drzew.'],
        ['p2', 'Każda dzielnica wskaże trzy miejsca.'],
        ['p3', 'Raport co rok.'],
      ),
    ];
    const diff = diffVersions(v1, v2);
    expect(diff.sectionsAdded).toEqual(['wstep']);
    expect(diff.sectionsRemoved).toEqual(['dzia']);
    expect(diff.changes.map((change) => [change.kind, change.paragraphKey, change.sectionTitle])).toEqual([
      [ParagraphChangeKind.Added, 'p8', 'Wstęp'],
      [ParagraphChangeKind.Removed, 'p4', 'Działania'],
      [ParagraphChangeKind.Removed, 'p5', 'Działania'],
    ]);
  });

  it('puts a removed first section before everything', () => {
    const v2 = [v1[1]];
    expect(diffVersions(v1, v2).changes.map((change) => change.paragraphKey)).toEqual(['p1', 'p2', 'p3']);
  });

  it('finds no changes between a version and itself, or between two empty documents', () => {
    expect(diffVersions(v1, v1)).toEqual({ changes: [], sectionsAdded: [], sectionsRemoved: [] });
    expect(diffVersions([], [])).toEqual({ changes: [], sectionsAdded: [], sectionsRemoved: [] });
  });

  it('lists everything as added against an empty version', () => {
    const diff = diffVersions([], v1);
    expect(diff.changes.map((change) => change.kind)).toEqual(Array(5).fill(ParagraphChangeKind.Added));
    expect(diff.sectionsAdded).toEqual(['cele', 'dzia']);
  });

  it('handles 500 paragraphs, a third of them edited, quickly, and every word diff restores both texts', () => {
    const sentence = (index: number, word: string) =>
      `Akapit ${index}: miasto zasadzi ${word} drzew, łąk i żywopłotów w dzielnicy ${index % 18}.`;
    const build = (edit: boolean) =>
      Array.from({ length: 25 }, (_, s) =>
        section(
          `s${s}`,
          `Rozdział ${s}`,
          ...Array.from({ length: 20 }, (_, p): [string, string] => {
            const index = s * 20 + p;
            return [`k${index}`, sentence(index, edit && index % 3 === 0 ? 'więcej' : 'sto')];
          }),
        ),
      );
    const before = build(false);
    const after = build(true);
    const started = Date.now();
    const diff = diffVersions(before, after);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(diff.changes).toHaveLength(167);
    for (const change of diff.changes) expectRestores(change.words, change.before ?? '', change.after ?? '');
  });
});

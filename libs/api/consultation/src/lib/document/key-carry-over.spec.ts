import { ParagraphKind } from '@consulta/shared/contracts';
import { carryOverKeys, KeyedSection, UnkeyedSection } from './key-carry-over';

function keyMaker(): () => string {
  let next = 0;
  return () => `new${++next}`;
}

const text = (value: string) => ({ kind: ParagraphKind.Text, text: value });

const P1 = 'Misją Samorządu Miasta Krakowa jest tworzenie wielowymiarowej przestrzeni publicznej w skali metropolitalnej.';
const P2 = 'Samorząd inicjuje współpracę, buduje zaufanie i tworzy warunki dla wysokiej jakości życia mieszkańców.';
const P3 = 'Podstawą tej współpracy jest współodpowiedzialność i współuczestnictwo świadomych i aktywnych obywateli.';
const P4 = 'Prosimy o uwagi do każdej części poniższego projektu do dnia zakończenia konsultacji.';

const previous: KeyedSection[] = [
  {
    key: 'sA',
    title: 'Misja',
    paragraphs: [
      { key: 'p1', ...text(P1) },
      { key: 'p2', ...text(P2) },
      { key: 'p3', ...text(P3) },
    ],
  },
  { key: 'sB', title: 'Uwagi', paragraphs: [{ key: 'p4', ...text(P4) }] },
];

function keysOf(result: { sections: KeyedSection[] }): string[][] {
  return result.sections.map((section) => [section.key, ...section.paragraphs.map((paragraph) => paragraph.key)]);
}

describe('carryOverKeys', () => {
  it('keeps every key of an unchanged document', () => {
    const next: UnkeyedSection[] = previous.map(({ title, paragraphs }) => ({
      title,
      paragraphs: paragraphs.map(({ kind, text: value }) => ({ kind, text: value })),
    }));
    const result = carryOverKeys(previous, next, keyMaker());
    expect(keysOf(result)).toEqual([
      ['sA', 'p1', 'p2', 'p3'],
      ['sB', 'p4'],
    ]);
    expect(result).toMatchObject({ carriedOver: 4, added: 0, removed: 0 });
  });

  it('gives every paragraph a new key on the first version', () => {
    const result = carryOverKeys([], [{ title: 'Misja', paragraphs: [text(P1), text(P2)] }], keyMaker());
    expect(keysOf(result)).toEqual([['new1', 'new2', 'new3']]);
    expect(result).toMatchObject({ carriedOver: 0, added: 2, removed: 0 });
  });

  it('keeps the key of a lightly edited paragraph, and ignores case, punctuation and wrapping', () => {
    const edited = P2.replace('wysokiej jakości', 'dobrej jakości');
    const result = carryOverKeys(
      previous,
      [
        { title: 'Misja', paragraphs: [text(P1.toUpperCase().replace('.', '!')), text(edited), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['sA', 'p1', 'p2', 'p3'],
      ['sB', 'p4'],
    ]);
    expect(result.sections[0].paragraphs[1].text).toBe(edited);
  });

  it('gives a rewritten paragraph a new key', () => {
    const result = carryOverKeys(
      previous,
      [
        { title: 'Misja', paragraphs: [text(P1), text('Zupełnie inny tekst o komunikacji miejskiej i rowerach.'), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['sA', 'p1', 'new1', 'p3'],
      ['sB', 'p4'],
    ]);
    expect(result).toMatchObject({ carriedOver: 3, added: 1, removed: 1 });
  });

  it('follows reordered paragraphs and sections', () => {
    const result = carryOverKeys(
      previous,
      [
        { title: 'Uwagi', paragraphs: [text(P4)] },
        { title: 'Misja', paragraphs: [text(P3), text(P1), text(P2)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['sB', 'p4'],
      ['sA', 'p3', 'p1', 'p2'],
    ]);
    expect(result).toMatchObject({ carriedOver: 4, added: 0, removed: 0 });
  });

  it('keeps the key on the larger part of a split paragraph, the rest is new', () => {
    const [first, second] = [
      'Misją Samorządu Miasta Krakowa jest tworzenie wielowymiarowej przestrzeni publicznej',
      'w skali metropolitalnej.',
    ];
    const result = carryOverKeys(
      previous,
      [
        { title: 'Misja', paragraphs: [text(first), text(second), text(P2), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['sA', 'p1', 'new1', 'p2', 'p3'],
      ['sB', 'p4'],
    ]);
    expect(result).toMatchObject({ carriedOver: 4, added: 1, removed: 0 });
  });

  it('counts deleted paragraphs as removed and never reuses their keys', () => {
    const result = carryOverKeys(previous, [{ title: 'Misja', paragraphs: [text(P1), text(P3)] }], keyMaker());
    expect(keysOf(result)).toEqual([['sA', 'p1', 'p3']]);
    expect(result).toMatchObject({ carriedOver: 2, added: 0, removed: 2 });
  });

  it('gives inserted paragraphs and sections new keys without disturbing the others', () => {
    const result = carryOverKeys(
      previous,
      [
        { title: 'Wstęp', paragraphs: [text('Nowy wstęp do dokumentu, którego wcześniej nie było.')] },
        { title: 'Misja', paragraphs: [text(P1), text('Zupełnie nowy akapit o zieleni miejskiej.'), text(P2), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['new1', 'new2'],
      ['sA', 'p1', 'new3', 'p2', 'p3'],
      ['sB', 'p4'],
    ]);
    expect(result).toMatchObject({ carriedOver: 4, added: 2, removed: 0 });
  });

  it('keeps a renamed section key through its paragraphs', () => {
    const result = carryOverKeys(
      previous,
      [
        { title: 'Misja Krakowa (po poprawkach)', paragraphs: [text(P1), text(P2), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(result.sections.map((section) => section.key)).toEqual(['sA', 'sB']);
  });

  it('uses each old key at most once when a paragraph is duplicated, in document order', () => {
    const result = carryOverKeys(
      previous,
      [
        { title: 'Misja', paragraphs: [text(P1), text(P1), text(P2), text(P3)] },
        { title: 'Uwagi', paragraphs: [text(P4)] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['sA', 'p1', 'new1', 'p2', 'p3'],
      ['sB', 'p4'],
    ]);
  });

  it('prefers the same section for identical paragraphs', () => {
    const repeated: KeyedSection[] = [
      { key: 's1', title: 'Dzielnica I', paragraphs: [{ key: 'a', ...text('Bez uwag.') }] },
      { key: 's2', title: 'Dzielnica II', paragraphs: [{ key: 'b', ...text('Bez uwag.') }] },
    ];
    const result = carryOverKeys(
      repeated,
      [
        { title: 'Dzielnica II', paragraphs: [text('Bez uwag.')] },
        { title: 'Dzielnica I', paragraphs: [text('Bez uwag.')] },
      ],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([
      ['s2', 'b'],
      ['s1', 'a'],
    ]);
  });

  it('treats a list item turned into text (same words) as the same paragraph', () => {
    const result = carryOverKeys(
      [{ key: 's', title: 'Lista', paragraphs: [{ key: 'i1', kind: ParagraphKind.ListItem, text: 'współodpowiedzialność mieszkańców' }] }],
      [{ title: 'Lista', paragraphs: [text('Współodpowiedzialność mieszkańców.')] }],
      keyMaker(),
    );
    expect(keysOf(result)).toEqual([['s', 'i1']]);
  });
});

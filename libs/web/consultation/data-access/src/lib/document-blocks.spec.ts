import { ParagraphDto, ParagraphKind } from '@consulta/shared/contracts';
import { toDocumentBlocks } from './document-blocks';

const paragraph = (key: string, position: number, kind = ParagraphKind.Text): ParagraphDto => ({
  key,
  position,
  kind,
  text: `Text ${key}`,
});

describe('toDocumentBlocks', () => {
  it('keeps text paragraphs apart and groups consecutive list items into one list, in position order', () => {
    const blocks = toDocumentBlocks([
      paragraph('d', 4, ParagraphKind.ListItem),
      paragraph('a', 1),
      paragraph('b', 2, ParagraphKind.ListItem),
      paragraph('c', 3, ParagraphKind.ListItem),
      paragraph('e', 5),
      paragraph('f', 6, ParagraphKind.ListItem),
    ]);

    expect(blocks.map((block) => (block.kind === 'text' ? block.paragraph.key : block.items.map((i) => i.key)))).toEqual([
      'a',
      ['b', 'c', 'd'],
      'e',
      ['f'],
    ]);
  });
});

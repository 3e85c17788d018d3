import { ParagraphDto, ParagraphKind } from '@consulta/shared/contracts';

/** A run of paragraphs rendered together: a text paragraph as <p>, consecutive list items as one <ul>. */
export type DocumentBlock = { kind: 'text'; key: string; paragraph: ParagraphDto } | { kind: 'list'; key: string; items: ParagraphDto[] };

export function toDocumentBlocks(paragraphs: readonly ParagraphDto[]): DocumentBlock[] {
  const ordered = [...paragraphs].sort((a, b) => a.position - b.position);
  const blocks: DocumentBlock[] = [];
  for (const paragraph of ordered) {
    const last = blocks.at(-1);
    if (paragraph.kind === ParagraphKind.ListItem) {
      if (last?.kind === 'list') {
        last.items.push(paragraph);
      } else {
        blocks.push({ kind: 'list', key: `list-${paragraph.key}`, items: [paragraph] });
      }
    } else {
      blocks.push({ kind: 'text', key: paragraph.key, paragraph });
    }
  }
  return blocks;
}

import { ParagraphKind } from '@consulta/shared/contracts';
import { KRAKOW_MISSION_DRAFT_MARKDOWN } from '../demo/krakow-mission-draft';
import { DEFAULT_MARKDOWN_LIMITS, MarkdownParseResult, ParsedDocument, parseConsultationMarkdown } from './markdown-parser';

function parsed(markdown: string): ParsedDocument {
  const result = parseConsultationMarkdown(markdown);
  if (!result.ok) throw new Error(`Expected to parse, got: ${result.problems.map((problem) => problem.message).join(' | ')}`);
  return result.document;
}

function problems(result: MarkdownParseResult): { line?: number; message: string }[] {
  if (result.ok) throw new Error('Expected problems, the document parsed');
  return result.problems.map(({ line, message }) => ({ line, message }));
}

const lines = (...text: string[]): string => text.join('\n');

describe('parseConsultationMarkdown', () => {
  describe('the Kraków mission draft', () => {
    const document = parsed(KRAKOW_MISSION_DRAFT_MARKDOWN);

    it('takes the title from the # heading and ignores the front matter', () => {
      expect(document.title).toBe('Misja Samorządu Miasta Krakowa — projekt do konsultacji');
    });

    it('has the five sections in order', () => {
      expect(document.sections.map((section) => section.title)).toEqual([
        'Skąd ten projekt',
        'Misja — przestrzeń współdziałania',
        'Misja — rola samorządu',
        'Misja — podstawa współpracy',
        'Elementy kluczowe, wspólne dla wszystkich propozycji',
      ]);
    });

    it('joins wrapped lines into one paragraph', () => {
      const [intro] = document.sections[0].paragraphs;
      expect(document.sections[0].paragraphs).toHaveLength(1);
      expect(intro.kind).toBe(ParagraphKind.Text);
      expect(intro.text).toMatch(
        /^Podczas warsztatu 1 października 2013 r\. uczestnicy kontynuowali pracę nad sformułowaniem misji samorządu/,
      );
      expect(intro.text).toMatch(/Prosimy o uwagi do każdej części poniższego projektu\.$/);
      expect(intro.text).not.toContain('\n');
      expect(intro.line).toBe(11);
    });

    it('makes each list item a paragraph, joining the continuation line', () => {
      const items = document.sections[4].paragraphs;
      expect(items).toHaveLength(11);
      expect(items.every((item) => item.kind === ParagraphKind.ListItem)).toBe(true);
      expect(items[0].text).toBe('świadomi i aktywni mieszkańcy oraz komunikowanie się z mieszkańcami');
      expect(items[6].text).toBe(
        'stworzenie płaszczyzny (przestrzeni publicznej) do wypracowania konsensusu, współpracy i współdziałania: płaszczyzna wymiany poglądów i płaszczyzna dochodzenia do konsensusu',
      );
      expect(items[10].text).toBe('kultura i nowoczesna gospodarka');
    });
  });

  describe('the accepted subset', () => {
    it('separates paragraphs by blank lines and accepts CRLF, a BOM and closing hashes', () => {
      const document = parsed('\uFEFF# Tytuł #\r\n\r\n## Część ##\r\nPierwszy\r\nakapit.\r\n\r\n\r\nDrugi akapit.\r\n');
      expect(document.title).toBe('Tytuł');
      expect(document.sections[0].title).toBe('Część');
      expect(document.sections[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Pierwszy akapit.', 'Drugi akapit.']);
    });

    it('accepts -, * , + and numbered items, and text right after a list', () => {
      const document = parsed(lines('# T', '## S', 'Wstęp:', '- a', '* b', '+ c', '1. d', '2) e', '', 'Po liście.'));
      expect(document.sections[0].paragraphs.map((paragraph) => [paragraph.kind, paragraph.text])).toEqual([
        [ParagraphKind.Text, 'Wstęp:'],
        [ParagraphKind.ListItem, 'a'],
        [ParagraphKind.ListItem, 'b'],
        [ParagraphKind.ListItem, 'c'],
        [ParagraphKind.ListItem, 'd'],
        [ParagraphKind.ListItem, 'e'],
        [ParagraphKind.Text, 'Po liście.'],
      ]);
    });

    it('continues a list item with an indented line after a blank line', () => {
      const document = parsed(lines('# T', '## S', '- pierwszy', '', '  ciąg dalszy', '- drugi'));
      expect(document.sections[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['pierwszy ciąg dalszy', 'drugi']);
    });

    it('keeps a wrapped line that starts with a number inside its sentence', () => {
      const document = parsed(lines('# T', '## S', 'Spotkanie odbyło się w roku', '2013. Wzięło w nim udział 40 osób.'));
      expect(document.sections[0].paragraphs).toHaveLength(1);
    });

    it('keeps inline formatting and links as written', () => {
      const document = parsed(lines('# T', '## S', 'To jest **ważne**, zob. [BIP](https://www.bip.krakow.pl).'));
      expect(document.sections[0].paragraphs[0].text).toBe('To jest **ważne**, zob. [BIP](https://www.bip.krakow.pl).');
    });

    it('does not take a #hashtag for a heading', () => {
      const document = parsed(lines('# T', '## S', '#Kraków to miasto.'));
      expect(document.sections[0].paragraphs[0].text).toBe('#Kraków to miasto.');
    });
  });

  describe('errors, each with its line', () => {
    it('requires a title', () => {
      expect(problems(parseConsultationMarkdown(lines('## S', 'Tekst.')))).toEqual([
        { line: 1, message: 'Line 1: the document has no title: its first heading must be a line starting with “# ”' },
      ]);
    });

    it('allows only one title', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Tekst.', '# Drugi')))).toEqual([
        { line: 4, message: 'Line 4: a document has exactly one title (#), the first is on line 1: use “## ” for sections' },
      ]);
    });

    it('rejects an empty title', () => {
      expect(problems(parseConsultationMarkdown(lines('#', '## S', 'Tekst.')))).toEqual([
        { line: 1, message: 'Line 1: the title (#) is empty' },
      ]);
    });

    it('requires at least one section', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '')))).toEqual([
        { line: 1, message: 'Line 1: the document has no sections: add at least one heading starting with “## ”' },
      ]);
    });

    it('rejects text before the first section', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '', 'Wstęp bez sekcji.', '', '## S', 'Tekst.')))).toEqual([
        { line: 3, message: 'Line 3: there is text before the first section (##): every paragraph must belong to a section' },
      ]);
    });

    it('rejects text before the title', () => {
      expect(problems(parseConsultationMarkdown(lines('Tekst.', '# T', '## S', 'Tekst.')))).toEqual([
        {
          line: 1,
          message: 'Line 1: there is text before the title (#): the document must start with “# Title”, then “## Section” headings',
        },
      ]);
    });

    it('rejects an empty section, naming it', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## Pierwsza', '', '## Druga', 'Tekst.', '## Ostatnia', '')))).toEqual([
        { line: 2, message: 'Line 2: the section “Pierwsza” (##) has no text' },
        { line: 6, message: 'Line 6: the section “Ostatnia” (##) has no text' },
      ]);
    });

    it('rejects a section heading without a title', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '##', 'Tekst.')))).toEqual([
        { line: 2, message: 'Line 2: a section heading (##) has no title' },
      ]);
    });

    it('rejects ### and deeper headings', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Tekst.', '### Podrozdział', 'Tekst.', '#### Głębiej')))).toEqual([
        { line: 4, message: 'Line 4: sub-headings (###) are not supported: use “## ” for a new section, or plain text' },
        { line: 6, message: 'Line 6: sub-headings (####) are not supported: use “## ” for a new section, or plain text' },
      ]);
    });

    it('rejects raw HTML blocks, once per block', () => {
      expect(
        problems(parseConsultationMarkdown(lines('# T', '## S', 'Tekst.', '', '<div>', '<p>x</p>', '</div>', '', '<!-- uwaga -->'))),
      ).toEqual([
        { line: 5, message: 'Line 5: raw HTML is not allowed in a consultation document' },
        { line: 9, message: 'Line 9: raw HTML is not allowed in a consultation document' },
      ]);
    });

    it('rejects tables', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Tekst.', '', '| a | b |', '|---|---|', '| 1 | 2 |')))).toEqual([
        { line: 5, message: 'Line 5: tables are not supported: write the content as paragraphs or a list' },
      ]);
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'a | b', '--- | ---', '1 | 2')))).toEqual([
        { line: 4, message: 'Line 4: tables are not supported: write the content as paragraphs or a list' },
      ]);
    });

    it('rejects images, in text and in list items', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Zobacz mapę:', '![mapa](mapa.png)', '- ![x][ref]')))).toEqual([
        { line: 4, message: 'Line 4: images are not supported in a consultation document' },
        { line: 5, message: 'Line 5: images are not supported in a consultation document' },
      ]);
    });

    it('rejects code blocks, quotes and horizontal rules', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Tekst.', '```', 'kod', '```', '> cytat', '', '***')))).toEqual([
        { line: 4, message: 'Line 4: code blocks (```) are not supported in a consultation document' },
        { line: 7, message: 'Line 7: quotes (>) are not supported: write the content as a paragraph' },
        { line: 9, message: 'Line 9: horizontal rules and underlined headings (---) are not supported: use “## ” to start a new section' },
      ]);
    });

    it('rejects underlined headings', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', 'Nagłówek', '===', 'Tekst.')))).toEqual([
        { line: 4, message: 'Line 4: underlined headings (===) are not supported: start the heading line with “# ” or “## ” instead' },
      ]);
    });

    it('rejects an empty list item', () => {
      expect(problems(parseConsultationMarkdown(lines('# T', '## S', '- a', '-', '- c')))).toEqual([
        { line: 4, message: 'Line 4: a list item has no text' },
      ]);
    });

    it('rejects front matter that is never closed', () => {
      expect(problems(parseConsultationMarkdown(lines('---', 'title: x', '# T', '## S', 'Tekst.')))).toContainEqual({
        line: 1,
        message: 'Line 1: the front matter that starts with “---” is never closed by another “---” line',
      });
    });

    it('reports every problem of a document, sorted by line', () => {
      const result = problems(parseConsultationMarkdown(lines('Wstęp', '# T', '## A', '### B', '## C', '<br>')));
      expect(result.map((problem) => problem.line)).toEqual([1, 3, 4, 5, 6]);
    });
  });

  describe('limits', () => {
    it('rejects a document over the size limit without a line', () => {
      const big = lines('# T', '## S', 'x'.repeat(DEFAULT_MARKDOWN_LIMITS.maxBytes));
      expect(problems(parseConsultationMarkdown(big))).toEqual([
        { line: undefined, message: 'The document is 201 kB; the limit is 200 kB.' },
      ]);
    });

    it('counts bytes, not characters', () => {
      const result = parseConsultationMarkdown(lines('# T', '## S', 'ż'.repeat(60)), { ...DEFAULT_MARKDOWN_LIMITS, maxBytes: 100 });
      expect(result.ok).toBe(false);
    });

    it('rejects more paragraphs than allowed at the first one too many', () => {
      const items = Array.from({ length: 4 }, (_, index) => `- punkt ${index + 1}`);
      const result = parseConsultationMarkdown(lines('# T', '## S', ...items), { ...DEFAULT_MARKDOWN_LIMITS, maxParagraphs: 3 });
      expect(problems(result)).toEqual([
        { line: 6, message: 'Line 6: the document has more than 3 paragraphs: shorten it or split it into several consultations' },
      ]);
    });

    it('rejects an over-long title and paragraph', () => {
      const result = parseConsultationMarkdown(lines('# ' + 'T'.repeat(301), '## S', 'x'.repeat(20_001)));
      expect(problems(result)).toEqual([
        { line: 1, message: 'Line 1: the title is longer than 300 characters' },
        { line: 3, message: 'Line 3: a paragraph is longer than 20000 characters: split it' },
      ]);
    });
  });
});

import { defaultFlagWordListTexts, FlagWordLists, parseFlagWordList } from '@consulta/api/text-analysis';
import { WordListKey } from '@consulta/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WordListRepository } from '../repositories/word-list.repository';
import { TEXT_SCREEN, TextScreen } from './text-screen';

/**
 * Keeps this process's flagger on the city's current word lists. Before each screening one tiny query reads the
 * lists' version (updated_at of at most three rows); only when it changed (an admin saved a list, in any process)
 * are the lists read and compiled again.
 */
@Injectable()
export class WordListCache {
  private version: string | null = null;

  constructor(
    private readonly lists: WordListRepository,
    @Inject(TEXT_SCREEN) private readonly text: TextScreen,
  ) {}

  async refresh(manager?: EntityManager): Promise<void> {
    const version = await this.lists.version(manager);
    if (version === this.version) return;
    const rows = await this.lists.all(manager);
    const defaults = defaultFlagWordListTexts();
    const textOf = (key: WordListKey): string => rows.find((row) => row.key === key)?.text ?? defaults[key];
    // Saved lists were validated; a line that no longer parses (a newer syntax rule) is skipped rather than stopping screening.
    const lists: FlagWordLists = {
      pl: parseFlagWordList(textOf(WordListKey.Polish)).entries,
      en: parseFlagWordList(textOf(WordListKey.English)).entries,
      allow: parseFlagWordList(textOf(WordListKey.Allow)).entries,
    };
    this.text.useWordLists(lists);
    this.version = version;
  }
}

import {
  fingerprintSimilarity,
  FlagWordLists,
  foldDiacritics,
  lshBandKeys,
  NEAR_DUPLICATE_THRESHOLD,
  TextFingerprint as AnalysisFingerprint,
  TextFlagger,
  textFingerprint,
} from '@consulta/api/text-analysis';
import { Injectable } from '@nestjs/common';
import { TextFingerprint, TextFinding, TextScreen } from './text-screen';

/** TextScreen over @consulta/api/text-analysis: the shipped word lists until WordListCache gives the city's. */
@Injectable()
export class TextAnalysisScreen implements TextScreen {
  private flagger = new TextFlagger();
  readonly nearDuplicateThreshold = NEAR_DUPLICATE_THRESHOLD;

  flag(text: string): TextFinding[] {
    return this.flagger.flag(text).map((flag) => ({ ...flag, detail: String(flag.detail) }));
  }

  fingerprint(text: string): TextFingerprint | null {
    const value = textFingerprint(text);
    const bandKeys = lshBandKeys(value);
    return bandKeys.length ? { value, bandKeys } : null;
  }

  similarity(a: unknown, b: unknown): number {
    return isFingerprint(a) && isFingerprint(b) ? fingerprintSimilarity(a, b) : 0;
  }

  fold(text: string): string {
    return foldDiacritics(text);
  }

  useWordLists(lists: FlagWordLists): void {
    this.flagger = new TextFlagger(lists);
  }
}

/** A fingerprint as stored in moderation_items.fingerprint (jsonb `{ hashes: number[] }`). */
function isFingerprint(value: unknown): value is AnalysisFingerprint {
  return typeof value === 'object' && value !== null && Array.isArray((value as { hashes?: unknown }).hashes);
}

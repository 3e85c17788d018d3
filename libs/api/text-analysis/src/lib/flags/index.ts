export { TextFlagger } from './text-flagger';
export type { TextFlag, TextFlagDetail, ProfanityLanguage } from './text-flag';
export {
  defaultFlagWordLists,
  defaultFlagWordListTexts,
  parseFlagWordList,
  FlagWordListError,
  MAX_ENTRY_LENGTH,
  MAX_PHRASE_WORDS,
  MIN_STEM_LETTERS,
} from './word-lists';
export type { FlagWordLists, FlagWordListProblem, ParsedFlagWordList } from './word-lists';
export { isValidIban, isValidPesel } from './personal-data';
export {
  textFingerprint,
  fingerprintSimilarity,
  lshBandKeys,
  groupNearDuplicates,
  NEAR_DUPLICATE_THRESHOLD,
  MINHASH_SIZE,
  LSH_BANDS,
  LSH_ROWS,
  SHINGLE_WORDS,
  MIN_WORDS,
} from './near-duplicates';
export type { TextFingerprint } from './near-duplicates';

import { Message } from './message';
import { pl } from './pl';

/** Every key of the source (Polish) dictionary. */
export type TranslationKey = keyof typeof pl;

/** A complete dictionary: exactly the Polish keys, no more, no fewer. */
export type Dictionary = { readonly [K in TranslationKey]: Message };

import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const KEY_LENGTH = 8;

/**
 * Short random keys (8 characters of [0-9a-z], ~2.8·10¹² values) that are unique within a
 * consultation: `used` holds every key the consultation has ever had, and grows with each key made.
 */
export function keyGenerator(used: Set<string>): () => string {
  return () => {
    for (;;) {
      let key = '';
      for (let index = 0; index < KEY_LENGTH; index++) key += ALPHABET[randomInt(ALPHABET.length)];
      if (!used.has(key)) {
        used.add(key);
        return key;
      }
    }
  };
}

import { randomInt } from 'node:crypto';

/** No look-alikes (0/O, 1/l/I) so that a printed password can be typed. */
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password of 4 groups of 5 characters (about 115 bits), for example `k7Qmx-2RtaP-...`. */
export function generatePassword(groups = 4, groupLength = 5): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: groupLength }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

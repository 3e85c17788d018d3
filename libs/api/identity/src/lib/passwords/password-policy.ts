import { DomainException } from '@consulta/api/core';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import * as zxcvbnPl from '@zxcvbn-ts/language-pl';

/** zxcvbn score (0–4) a password needs. */
export const PASSWORD_MIN_SCORE = 3;

zxcvbnOptions.setOptions({
  dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnPl.dictionary },
  graphs: zxcvbnCommon.adjacencyGraphs,
  translations: zxcvbnEn.translations,
});

/** Words that make a password guessable on this site in particular. */
const SITE_WORDS = ['consulta', 'konsultacje', 'konsultacja', 'krakow', 'kraków'];

export interface PasswordOwner {
  email: string;
  displayName: string;
}

/** Decides whether a new password is acceptable: length, not built from the owner's name or e-mail, zxcvbn score with Polish and English dictionaries. */
@Injectable()
export class PasswordPolicy {
  assertAcceptable(password: string, owner: PasswordOwner): void {
    const problems = this.problems(password, owner);
    if (problems.length > 0) {
      throw new DomainException(
        ErrorCode.PasswordTooWeak,
        problems.join(' '),
        problems.map((message) => ({ field: 'password', message })),
      );
    }
  }

  problems(password: string, owner: PasswordOwner): string[] {
    if (password.length < PASSWORD_MIN_LENGTH) return [`The password must have at least ${PASSWORD_MIN_LENGTH} characters.`];
    if (password.length > PASSWORD_MAX_LENGTH) return [`The password must have at most ${PASSWORD_MAX_LENGTH} characters.`];

    const lowered = password.toLocaleLowerCase('pl');
    const localPart = owner.email.split('@')[0]?.toLocaleLowerCase('pl') ?? '';
    if (localPart.length >= 3 && lowered.includes(localPart)) return ['The password must not contain your e-mail address.'];
    const name = owner.displayName.toLocaleLowerCase('pl').trim();
    const nameParts = [name, name.replace(/\s+/g, ''), ...name.split(/[\s.,_-]+/).filter((part) => part.length >= 4)];
    if (name.length >= 3 && nameParts.some((part) => part.length >= 3 && lowered.includes(part))) {
      return ['The password must not contain your name.'];
    }

    const result = zxcvbn(password, [owner.email, localPart, owner.displayName, ...name.split(/\s+/), ...SITE_WORDS]);
    if (result.score >= PASSWORD_MIN_SCORE) return [];
    const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((hint): hint is string => !!hint);
    return ['The password is too easy to guess.', ...hints];
  }
}

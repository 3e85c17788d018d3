/** Small synthetic consultations for the engine's tests: comments drawn from a few topic vocabularies, seeded. */
import { Stance } from '@consulta/shared/contracts';
import { SeededRandom } from '../lib/engine/random';
import { ThemeComment } from '../lib/engine/types';

export const TOPICS: Readonly<Record<string, readonly string[]>> = {
  trees: [
    'drzewa',
    'drzew',
    'drzewami',
    'nasadzenia',
    'nasadzeń',
    'zieleń',
    'zieleni',
    'krzewy',
    'krzewów',
    'lipy',
    'dęby',
    'cień',
    'sadzenie',
  ],
  bikes: ['ścieżka', 'ścieżki', 'ścieżkę', 'rowerowa', 'rowerowej', 'rowerów', 'stojaki', 'rowerzystów', 'rowerzyści', 'pas', 'rowerowy'],
  trams: ['tramwaj', 'tramwaju', 'tramwaje', 'tramwajowa', 'przystanek', 'przystanku', 'linia', 'linii', 'rozkład', 'kursy', 'motorniczy'],
  playground: [
    'plac',
    'placu',
    'zabaw',
    'huśtawki',
    'huśtawka',
    'zjeżdżalnia',
    'piaskownica',
    'piaskownicy',
    'dzieci',
    'dzieciom',
    'maluchów',
  ],
  noise: ['hałas', 'hałasu', 'głośno', 'ekrany', 'ekranów', 'akustyczne', 'nocą', 'decybeli', 'wygłuszenie', 'uciążliwy', 'hałaśliwe'],
};

/** Words found in comments on any topic. */
const FILLER = ['proszę', 'bardzo', 'ważne', 'mieszkańców', 'uwaga', 'propozycja', 'dzielnica', 'więcej', 'nowe', 'lepiej'];

export interface SyntheticComment extends ThemeComment {
  readonly topic: string;
}

/** `perTopic` comments per topic: five topic words and one filler word each, in random order. */
export function syntheticComments(
  topics: readonly string[],
  perTopic: number,
  seed = 7,
  stanceOf: (topic: string, index: number) => Stance | undefined = () => undefined,
): SyntheticComment[] {
  const random = new SeededRandom(seed);
  const comments: SyntheticComment[] = [];
  for (const topic of topics) {
    const vocabulary = TOPICS[topic];
    for (let i = 0; i < perTopic; i++) {
      const words = Array.from({ length: 5 }, () => vocabulary[random.nextInt(vocabulary.length)]);
      words.push(FILLER[random.nextInt(FILLER.length)]);
      comments.push({ id: `${topic}-${i}`, text: random.shuffle(words).join(' '), topic, stance: stanceOf(topic, i) });
    }
  }
  return comments;
}

/** Comments with no shared subject: each mixes five words drawn from a large pool of unrelated words. */
export function vagueComments(count: number, seed = 11): SyntheticComment[] {
  const random = new SeededRandom(seed);
  const syllables = ['ka', 'lo', 'mi', 'tru', 'zen', 'po', 'gar', 'wes', 'nib', 'dul', 'fok', 'sa', 're', 'tin', 'bo'];
  const pool = Array.from({ length: 300 }, () => Array.from({ length: 3 }, () => syllables[random.nextInt(syllables.length)]).join(''));
  return Array.from({ length: count }, (_, i) => ({
    id: `vague-${i}`,
    text: Array.from({ length: 5 }, () => pool[random.nextInt(pool.length)]).join(' '),
    topic: 'vague',
  }));
}

/**
 * Stop words: function words that say nothing about a comment's topic.
 *
 * Written for this project (AGPL-3.0-or-later, like the rest of the code) from general knowledge of each
 * language's pronouns, prepositions, conjunctions, particles and auxiliary verbs; not copied from a published
 * list (they are comparable in spirit to the Snowball project's lists). The Polish list also holds the
 * abbreviations of addresses and civic texts (ul., al., nr, im., np.) that carry no topic.
 * Entries are written with diacritics and compared after `foldDiacritics`, so "sie" matches "się".
 */
import { foldDiacritics } from '@consulta/api/text-analysis';

const POLISH = `
a aby ach acz aczkolwiek albo ale ależ ani aż bardziej bardzo bez bo bowiem by byli bym byś był była było były będzie będą
będę cali cała cały ci cię ciebie co cokolwiek coś czasami czasem czemu czy czyli dla dlaczego dlatego do dokąd dość dużo
dwa dwie dwóch gdy gdyby gdyż gdzie gdziekolwiek gdzieś go i ich ile im inna inne inny innych iż ja ją jak jakaś jakby jaki
jakichś jakie jakiś jakiż jakkolwiek jako jakoś je jeden jedna jedno jednak jednakże jego jej jemu jest jestem jesteś
jesteśmy jeszcze jeśli jeżeli już każdy każda każde kiedy kilka kimś kto ktokolwiek ktoś która które którego której który
których którym którzy ku lecz lub ma mają mam mamy mi mimo mnie mną mogą moi moim moja moje może można mój mu my na nad nam
nami nas nasi nasz nasza nasze naszego naszej naszych natomiast nawet nią nic nich nie niech niego niej niemu nigdy nim nimi
niż no o obok od około on ona one oni ono oraz oto owszem pan pana pani po pod podczas pomimo ponad ponieważ powinien
powinna powinni powinno poza prawie przecież przed przede przez przy również są sam sama sobie sobą swoje swój swoich
swojej się ta tak taka taki takie także tam te tego tej temu ten teraz też to tobą tobie toteż trzeba tu tutaj twoi twoim
twoja twoje twój ty tych tylko tym u w wam wami was wasz wasza wasze we według wiele wielu więc więcej wszyscy wszystkich
wszystkie wszystkim wszystko wtedy wy właśnie z za zawsze ze znowu znów żaden żadna żadne żadnych że żeby
ul al nr im np tj tzw itd itp ok r zł pl
`;

const ENGLISH = `
a about above after again against all also am an and any are aren't as at be because been before being below between both
but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each either etc even ever every
few for from further get gets got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's may me might more
most much must mustn't my myself neither no nor not now of off often on once only or other others ought our ours ourselves
out over own per rather same shall shan't she she'd she'll she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've this those though through thus to too
under until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
whether which while who who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll
you're you've your yours yourself yourselves
`;

const GERMAN = `
aber alle allem allen aller alles als also am an andere anderem anderen anderer anderes auch auf aus bei beim bin bis bist
bzw da damit dann das dass daß dein deine dem den denn der des dessen dich die dies diese diesem diesen dieser dieses dir
doch dort du durch ein eine einem einen einer eines er es etwa etwas euch euer eure für gegen hat hatte hätte haben hier
hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine
keinen können könnte man mehr mein meine mich mir mit muss müssen nach nicht nichts noch nun nur ob oder ohne schon sehr
sein seine seinen sich sie sind so soll sollen sollte sollten sondern sowie um und uns unser unsere unter viel viele vom
von vor war waren was weil welche welcher welches wenn werden wie wir wird wo wurde wurden würde würden zu zum zur zwar
zwischen über
`;

export type StopWordLanguage = 'pl' | 'en' | 'de';

function toSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .map((word) => foldDiacritics(word).replace(/’/g, "'")),
  );
}

/** Folded (lower-case, no diacritics) stop words per language. */
export const STOP_WORDS: Readonly<Record<StopWordLanguage, ReadonlySet<string>>> = {
  pl: toSet(POLISH),
  en: toSet(ENGLISH),
  de: toSet(GERMAN),
};

/** Stop words of every language: comments mix languages and a short comment's language is often unknown. */
export const ALL_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS.pl, ...STOP_WORDS.en, ...STOP_WORDS.de]);

/** Words in exactly one language's list: these vote for that language in `detectLanguage`. */
export const LANGUAGE_MARKERS: Readonly<Record<StopWordLanguage, ReadonlySet<string>>> = (() => {
  const languages: StopWordLanguage[] = ['pl', 'en', 'de'];
  const markers = {} as Record<StopWordLanguage, ReadonlySet<string>>;
  for (const language of languages) {
    const others = languages.filter((other) => other !== language).map((other) => STOP_WORDS[other]);
    markers[language] = new Set([...STOP_WORDS[language]].filter((word) => word.length > 1 && !others.some((set) => set.has(word))));
  }
  return markers;
})();

import { FlagReason } from '@consulta/shared/contracts';
import { TextFlag } from './text-flag';
import { TextFlagger } from './text-flagger';
import { FlagWordListError } from './word-lists';

const flagger = new TextFlagger();

function profanity(text: string): TextFlag[] {
  const flags = flagger.flag(text).filter((flag) => flag.reason === FlagReason.Profanity);
  for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.match);
  return flags;
}

const matches = (text: string): string[] => profanity(text).map((flag) => flag.match);

describe('profanity: Polish', () => {
  it.each([
    ['Ten projekt to kurwa porażka.', 'kurwa'],
    ['Znowu te kurwy z deweloperki wycięły drzewa', 'kurwy'],
    ['Jaki skurwysyn zaparkował na trawniku?', 'skurwysyn'],
    ['Wkurwia mnie ten remont od pół roku', 'Wkurwia'],
    ['Chuj wie, kiedy skończą tę budowę.', 'Chuj'],
    ['Chujowy pomysł z tym rondem', 'Chujowy'],
    ['Na Rondzie Mogilskim jest totalna chujnia', 'chujnia'],
    ['Spierdalajcie z tą obwodnicą', 'Spierdalajcie'],
    ['Wszystko rozpierdolili przy remoncie', 'rozpierdolili'],
    ['Ten niedopierdolony projekt trzeba cofnąć', 'niedopierdolony'],
    ['Strasznie upierdliwy ten hałas z budowy', 'upierdliwy'],
    ['Nowy park jest zajebisty!', 'zajebisty'],
    ['Mam wyjebane w te konsultacje', 'wyjebane'],
    ['Przejebane mają mieszkańcy Prokocimia', 'Przejebane'],
    ['Pojebany pomysł, żeby wpuścić tu tiry', 'Pojebany'],
    ['Jebać tych urzędasów', 'Jebać'],
    ['Ten plan to gówno, a nie rewitalizacja', 'gówno'],
    ['gowno nie park', 'gowno'],
    ['Gówniany projekt', 'Gówniany'],
    ['Niech pan radny ruszy dupę i przyjdzie zobaczyć', 'dupę'],
    ['Dupek z trzeciego piętra znowu pali na klatce', 'Dupek'],
    ['Mieszkamy na zadupiu, autobus raz na godzinę', 'zadupiu'],
    ['Psy srają pod blokiem, nikt nie sprząta', 'srają'],
    ['Przesrane mają rowerzyści na Grzegórzeckiej', 'Przesrane'],
    ['Pieprzony hałas do trzeciej w nocy', 'Pieprzony'],
    ['Znowu wszystko spieprzyli', 'spieprzyli'],
    ['Ten kutas z ochrony nas wyrzucił', 'kutas'],
    ['Radny to chuj', 'chuj'],
    ['Sukinsyny z firmy sprzątającej', 'Sukinsyny'],
    ['ty szmato', 'szmato'],
    ['Wynocha, ciapaty', 'ciapaty'],
    ['Japierdole, znowu korek', 'Japierdole'],
    ['CHWDP', 'CHWDP'],
  ])('flags %p', (text, expected) => {
    expect(matches(text)).toEqual([expected]);
    expect(profanity(text)[0].detail).toBe('pl');
  });

  it('matches phrases as a whole, and not their ordinary words alone', () => {
    expect(matches('Niech idzie robić loda')).toEqual(['robić loda']);
    expect(matches('Niech idzie robic loda')).toEqual(['robic loda']);
    expect(matches('Kupiłem dziecku loda na Rynku')).toEqual([]);
    expect(matches('Lizać pałę')).toEqual(['Lizać pałę']);
  });

  it('flags every occurrence, each with its own offsets', () => {
    const text = 'kurwa, kurwa i jeszcze raz kurwa';
    expect(profanity(text).map((flag) => flag.start)).toEqual([0, 7, 27]);
  });
});

describe('profanity: disguises', () => {
  it.each([
    ['KURWA', 'KURWA'],
    ['KuRwA mać', 'KuRwA'],
    ['kůrwa', 'kůrwa'],
    ['kùrwa', 'kùrwa'],
    ['kurw@', 'kurw@'],
    ['kurw4 jego mać', 'kurw4'],
    ['kuuuurwaaaa', 'kuuuurwaaaa'],
    ['j3bać', 'j3bać'],
    ['p1zda', 'p1zda'],
    ['k.u.r.w.a', 'k.u.r.w.a'],
    ['k u r w a', 'k u r w a'],
    ['k-u-r-w-a', 'k-u-r-w-a'],
    ['k_u_r_w_a', 'k_u_r_w_a'],
    ['ku\u200brwa', 'ku\u200brwa'],
    ['ｋｕｒｗａ', 'ｋｕｒｗａ'],
    // Cyrillic а and с in a Latin word
    ['kurwа', 'kurwа'],
    ['сhuj', 'сhuj'],
    ['sh1t', 'sh1t'],
    ['$hit', '$hit'],
    ['a$$hole', 'a$$hole'],
    ['f u c k', 'f u c k'],
    ['f.u.c.k this', 'f.u.c.k'],
    ['fuuuuck', 'fuuuuck'],
  ])('flags %p', (text, expected) => {
    expect(matches(text)).toEqual([expected]);
  });

  it('finds the spaced-out word inside a longer run of single letters', () => {
    expect(matches('a k u r w a')).toEqual(['k u r w a']);
  });

  it('looks at the parts of a word joined with symbols', () => {
    expect(matches('jan@kurwa')).toEqual(['kurwa']);
  });

  it('does not read ordinary single letters, codes and numbers as disguised words', () => {
    expect(matches('Linie 4, 13 i 52; drogi A4 i S7; 3D, MP3, COVID-19; 1000 zł')).toEqual([]);
    expect(matches('p.n.e., m.in., i t.d., a i w z o u')).toEqual([]);
  });

  it('does not catch masked words or partly spaced-out ones (documented limits)', () => {
    expect(matches('k***a, ch*j, ch.u.j, ku rwa')).toEqual([]);
  });
});

describe('profanity: ordinary words are not flagged (Scunthorpe)', () => {
  it.each([
    'Nowa Huta zasługuje na lepszą komunikację; Huta im. Sendzimira; hutnik',
    'Analiza ruchu pokazuje, że ruch na ulicy jest duży',
    'Uruchomić linię, ruchliwa ulica, nieruchomość, ruchami tektonicznymi, ruchach',
    'pasta, jajko, jajecznica, kurczak, kurki, kurtka, kurort, Kurdwanów',
    'skurczybyk, chuć, cyrk, dmuchać balony',
    'Podupadła kamienica, duplikat dokumentu, dupleks',
    'Dobry dowcip, w tym dowcipie, dowcipy',
    'Ciocia, ciocie, ciotka, sukces, suknia, sukienka',
    'ul. Wańkowicza, pani Kidawa, wybudować, zakątek, papieros, piekło',
    'Sól i pieprz, pieprzu, pieprzyk, pieprzny dowcip',
    'stare szmaty do kosza',
    'aborcja, pedofilia, gwałt, syf, jądro miasta',
    'Sussex, Essex, Middlesex, Scunthorpe, Penistone',
    'assess the class, bass, passage, cocktail, cockpit, Hancock, Dickens, Moby Dick',
    'shiitake, Shiite, grape, therapist, analyst, butterfly, cigarette butt',
    'Radny to debil i idiota; Matsushita, titanic, Bonner, cumulative, summa cum laude, spice, Wankel engine',
    'I was duped; Jeb Bush; Jebel Ali',
  ])('%p', (text) => {
    expect(matches(text)).toEqual([]);
  });
});

describe('profanity: English', () => {
  it.each([
    ['This plan is fucking stupid', 'fucking'],
    ['What a motherfucker', 'motherfucker'],
    ['Total bullshit from the council', 'bullshit'],
    ['shitty bike lanes', 'shitty'],
    ['the mayor is an asshole', 'asshole'],
    ['stop being a bitch about it', 'bitch'],
    ['you cunt', 'cunt'],
    ['some dickhead parked there', 'dickhead'],
    ['wankers', 'wankers'],
    ['whore', 'whore'],
    ['what a twat', 'twat'],
    ['god damn buses', 'god damn'],
    ['🖕 to the council', '🖕'],
  ])('flags %p', (text, expected) => {
    expect(matches(text)).toEqual([expected]);
    expect(profanity(text)[0].detail).toBe('en');
  });

  it('flags slurs', () => {
    expect(matches('nigger')).toEqual(['nigger']);
    expect(matches('faggots')).toEqual(['faggots']);
  });
});

describe('profanity: offsets', () => {
  it('are UTF-16 offsets into the original text, emoji and combining marks included', () => {
    const text = '🚲🚲 Zółć: ku\u0301rwa!';
    const [flag] = profanity(text);
    expect(flag).toEqual({ reason: FlagReason.Profanity, detail: 'pl', start: 11, end: 17, match: 'ku\u0301rwa' });
  });

  it('do not include punctuation after the word', () => {
    const text = 'No kurwa!!! Serio?';
    expect(profanity(text)).toEqual([{ reason: FlagReason.Profanity, detail: 'pl', start: 3, end: 8, match: 'kurwa' }]);
  });
});

describe('profanity: city-edited lists', () => {
  it('uses the lists it is given instead of the defaults', () => {
    const custom = new TextFlagger({ pl: ['bubel', 'bubl*', 'łapówka'], en: [], allow: ['bublowaty'] });
    const found = (text: string) => custom.flag(text).map((flag) => flag.match);
    expect(found('Ten bubel, te buble; łapowka')).toEqual(['bubel', 'buble', 'łapowka']);
    expect(found('Trochę bublowaty')).toEqual([]);
    expect(found('kurwa')).toEqual([]);
  });

  it('matches *stem* after Polish verb prefixes but not inside other words', () => {
    const custom = new TextFlagger({ pl: ['*bzdur*'], en: [], allow: [] });
    const found = (text: string) => custom.flag(text).map((flag) => flag.match);
    expect(found('bzdurny, wybzdurzyć, niewybzdurzony')).toEqual(['bzdurny', 'wybzdurzyć', 'niewybzdurzony']);
    expect(found('abzdura, kabzdury')).toEqual([]);
  });

  it('refuses an entry that breaks the list syntax', () => {
    expect(() => new TextFlagger({ pl: ['ku*'], en: [], allow: [] })).toThrow(FlagWordListError);
    expect(() => new TextFlagger({ pl: [], en: ['f*ck'], allow: [] })).toThrow(FlagWordListError);
  });
});

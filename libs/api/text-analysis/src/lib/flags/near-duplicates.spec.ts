import {
  fingerprintSimilarity,
  groupNearDuplicates,
  LSH_BANDS,
  lshBandKeys,
  MINHASH_SIZE,
  NEAR_DUPLICATE_THRESHOLD,
  textFingerprint,
} from './near-duplicates';

const CAMPAIGN =
  'Sprzeciwiam się wycince drzew w parku przy ulicy Lubostroń. Park jest jedynym terenem zielonym w okolicy, ' +
  'daje cień latem i chroni mieszkańców przed hałasem z ulicy. Proszę o zachowanie wszystkich drzew i ' +
  'przygotowanie nowego projektu, który uwzględni opinię mieszkańców Dębnik.';

const similarity = (a: string, b: string): number => fingerprintSimilarity(textFingerprint(a), textFingerprint(b));
const sharedKeys = (a: string, b: string): number => {
  const keys = new Set(lshBandKeys(textFingerprint(a)));
  return lshBandKeys(textFingerprint(b)).filter((key) => keys.has(key)).length;
};

describe('textFingerprint', () => {
  it('is a fixed-size array of signed 32-bit integers (PostgreSQL int4[])', () => {
    const { hashes } = textFingerprint(CAMPAIGN);
    expect(hashes).toHaveLength(MINHASH_SIZE);
    for (const hash of hashes) expect(hash).toBe(hash | 0);
    expect(JSON.parse(JSON.stringify(textFingerprint(CAMPAIGN)))).toEqual(textFingerprint(CAMPAIGN));
  });

  it('never changes for the same text (stored fingerprints stay comparable)', () => {
    expect(textFingerprint('Ala ma kota, a kot ma Alę.').hashes.slice(0, 4)).toEqual([-1330084812, -1641117619, -1921560085, -1458003458]);
    expect(lshBandKeys(textFingerprint('Ala ma kota, a kot ma Alę.'))[0]).toBe('b00:3f1632a375aea240');
  });

  it('ignores case, diacritics, punctuation and spacing', () => {
    expect(similarity('Zażółć gęślą jaźń, proszę!', 'ZAZOLC   gesla jazn proszę')).toBe(1);
  });

  it('gives texts shorter than three words no fingerprint', () => {
    expect(textFingerprint('Popieram!').hashes).toEqual([]);
    expect(textFingerprint('Jestem za').hashes).toEqual([]);
    expect(lshBandKeys(textFingerprint('Jestem za'))).toEqual([]);
    expect(similarity('Jestem za', 'Jestem za')).toBe(0);
    expect(similarity('Nie dla wycinki!', 'nie dla wycinki')).toBe(1);
  });
});

describe('near-duplicate similarity', () => {
  it('is high for edited copies of a campaign text', () => {
    const edits = [
      CAMPAIGN.replace('Sprzeciwiam się', 'Stanowczo sprzeciwiam się'),
      `Szanowni Państwo, ${CAMPAIGN} Z poważaniem, Anna Nowak`,
      CAMPAIGN.replace('Dębnik', 'Dębników').replace('latem', 'w lecie'),
      CAMPAIGN.toUpperCase().replace(/\./g, '!!!'),
    ];
    for (const edit of edits) {
      expect(similarity(CAMPAIGN, edit)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
      expect(sharedKeys(CAMPAIGN, edit)).toBeGreaterThan(0);
    }
  });

  it('is low for different comments on the same topic', () => {
    const others = [
      'Park przy Lubostroń wymaga nowych ławek i oświetlenia, drzewa są w dobrym stanie i nie trzeba ich wycinać.',
      'Popieram projekt, ale proszę o więcej miejsc parkingowych dla mieszkańców Dębnik i lepszy dojazd autobusem.',
      'Wycinka drzew w parku to zły pomysł: hałas z ulicy będzie większy, a latem zabraknie cienia dla mieszkańców.',
    ];
    for (const other of others) {
      expect(similarity(CAMPAIGN, other)).toBeLessThan(0.2);
      expect(sharedKeys(CAMPAIGN, other)).toBe(0);
    }
  });
});

describe('lshBandKeys', () => {
  it('gives one distinct key per band, prefixed with the band number', () => {
    const keys = lshBandKeys(textFingerprint(CAMPAIGN));
    expect(keys).toHaveLength(LSH_BANDS);
    expect(new Set(keys).size).toBe(LSH_BANDS);
    keys.forEach((key, band) => expect(key).toMatch(new RegExp(`^b${String(band).padStart(2, '0')}:[0-9a-f]{16}$`)));
  });

  it('gives identical texts identical keys', () => {
    expect(lshBandKeys(textFingerprint(CAMPAIGN))).toEqual(lshBandKeys(textFingerprint(`  ${CAMPAIGN}  `)));
  });
});

describe('groupNearDuplicates', () => {
  it('groups a copy-paste campaign and leaves the other comments alone', () => {
    const texts = [
      CAMPAIGN,
      'Proszę o nowe przejście dla pieszych przy szkole na ulicy Kapelanka, dzieci przechodzą tam codziennie.',
      `${CAMPAIGN} Podpisano: mieszkańcy bloku nr 5.`,
      'Popieram!',
      CAMPAIGN.replace('Sprzeciwiam się', 'Jestem przeciw'),
      'Przejście dla pieszych przy szkole na Kapelance jest potrzebne, dzieci przechodzą tam codziennie rano.',
      'Popieram!',
    ];
    expect(groupNearDuplicates(texts.map(textFingerprint))).toEqual([[0, 2, 4]]);
  });
});

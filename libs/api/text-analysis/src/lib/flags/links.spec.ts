import { FlagReason } from '@consulta/shared/contracts';
import { TextFlagger } from './text-flagger';

const flagger = new TextFlagger();

function links(text: string): string[] {
  const flags = flagger.flag(text).filter((flag) => flag.reason === FlagReason.Link);
  for (const flag of flags) {
    expect(text.slice(flag.start, flag.end)).toBe(flag.match);
    expect(flag.detail).toBe('url');
  }
  return flags.map((flag) => flag.match);
}

describe('links', () => {
  it.each([
    ['Więcej na https://www.krakow.pl/aktualnosci/123.html.', 'https://www.krakow.pl/aktualnosci/123.html'],
    ['http://example.com', 'http://example.com'],
    ['Zobacz www.krakow.pl, tam jest wszystko', 'www.krakow.pl'],
    ['Dokumenty są na bip.krakow.pl', 'bip.krakow.pl'],
    ['krakow.pl/strona?x=1#mapa', 'krakow.pl/strona?x=1#mapa'],
    ['Petycja: bit.ly/3LsaJPd', 'bit.ly/3LsaJPd'],
    ['Grupa facebook.com/groups/zwierzyniec', 'facebook.com/groups/zwierzyniec'],
    ['(zob. https://pl.wikipedia.org/wiki/Kraków_(miasto))', 'https://pl.wikipedia.org/wiki/Kraków_(miasto)'],
    ['„https://zarzad-zieleni.krakow.pl”', 'https://zarzad-zieleni.krakow.pl'],
    ['KRAKOW.PL', 'KRAKOW.PL'],
    ['sklep.com.pl', 'sklep.com.pl'],
    ['localhost:8080 na http://127.0.0.1:8080/test', 'http://127.0.0.1:8080/test'],
  ])('finds %p', (text, expected) => {
    expect(links(text)).toEqual([expected]);
  });

  it.each([
    'Trzeba m.in. posadzić drzewa, np. lipy, tzw. zielone ściany itd.',
    'al. Mickiewicza, pl. Matejki, ul.Długa, os.Podwawelskie, św. Anny',
    'Otwarte od godz.18.00 do 20.00, ok. 1.5 km',
    'Załącznik plik.pdf i zdjęcie.jpg, biblioteka Node.js',
    'Zdanie bez spacji.Nowe zdanie. Koniec.To samo',
    'Schonender Umgang mit Ressourcen.Es darf nicht sein; centrum miasta.Pl. Matejki',
    'e.g. the U.S. and i.e. the U.K.',
    's.pl, 1.pl',
  ])('ignores %p', (text) => {
    expect(links(text)).toEqual([]);
  });
});

import { AreaDto } from '@consulta/shared/contracts';

/** Kraków's 18 districts (dzielnice), the areas of the demo consultation. */
export const KRAKOW_DISTRICTS: readonly AreaDto[] = [
  { key: 'd01-stare-miasto', name: 'I Stare Miasto' },
  { key: 'd02-grzegorzki', name: 'II Grzegórzki' },
  { key: 'd03-pradnik-czerwony', name: 'III Prądnik Czerwony' },
  { key: 'd04-pradnik-bialy', name: 'IV Prądnik Biały' },
  { key: 'd05-krowodrza', name: 'V Krowodrza' },
  { key: 'd06-bronowice', name: 'VI Bronowice' },
  { key: 'd07-zwierzyniec', name: 'VII Zwierzyniec' },
  { key: 'd08-debniki', name: 'VIII Dębniki' },
  { key: 'd09-lagiewniki-borek-falecki', name: 'IX Łagiewniki-Borek Fałęcki' },
  { key: 'd10-swoszowice', name: 'X Swoszowice' },
  { key: 'd11-podgorze-duchackie', name: 'XI Podgórze Duchackie' },
  { key: 'd12-biezanow-prokocim', name: 'XII Bieżanów-Prokocim' },
  { key: 'd13-podgorze', name: 'XIII Podgórze' },
  { key: 'd14-czyzyny', name: 'XIV Czyżyny' },
  { key: 'd15-mistrzejowice', name: 'XV Mistrzejowice' },
  { key: 'd16-bienczyce', name: 'XVI Bieńczyce' },
  { key: 'd17-wzgorza-krzeslawickie', name: 'XVII Wzgórza Krzesławickie' },
  { key: 'd18-nowa-huta', name: 'XVIII Nowa Huta' },
];

// A realistic spread of Polish names for the generator: thousands of surnames built from stems
// and the common suffixes, drawn with a Zipf-like weight, so a search matches a realistic share.
import { FEMALE_FIRST, MALE_FIRST, SURNAMES } from '../apps/server/src/seed/names.ts';

const STEMS = [
  'Nowa',
  'Kowal',
  'Wiśniew',
  'Wójc',
  'Kamiń',
  'Lewandow',
  'Zieliń',
  'Szymań',
  'Woźni',
  'Dąbrow',
  'Kozłow',
  'Jankow',
  'Mazur',
  'Kwiatkow',
  'Krawc',
  'Piotrow',
  'Grabow',
  'Pawłow',
  'Michal',
  'Król',
  'Wieczor',
  'Jabłoń',
  'Wróbl',
  'Majew',
  'Olszew',
  'Stępn',
  'Jawor',
  'Malinow',
  'Górs',
  'Rutkow',
  'Żółkow',
  'Łucz',
  'Ślusar',
  'Źreb',
  'Żak',
  'Łapiń',
  'Ćwik',
  'Bąk',
  'Sikor',
  'Zając',
  'Adamc',
  'Szczepań',
  'Ostrow',
  'Baran',
  'Dud',
  'Czarn',
  'Biał',
  'Zawad',
  'Chmiel',
  'Sobc',
  'Wrzos',
  'Głowac',
  'Gajew',
  'Brzeziń',
  'Sadow',
  'Tomaszew',
  'Kaczmar',
  'Pietrzak',
  'Walczak',
  'Stasz',
  'Kubiak',
  'Wilk',
  'Lis',
  'Mazurk',
  'Kaczor',
  'Kołodziej',
  'Czerwiń',
  'Szewc',
  'Marciń',
  'Kurek',
  'Borkow',
  'Urbań',
  'Pająk',
  'Kwaśn',
  'Szulc',
  'Kalin',
  'Ziół',
  'Gołęb',
  'Jastrzęb',
  'Sowiń',
  'Mróz',
  'Żuraw',
  'Ślęz',
  'Śliw',
  'Ćwikl',
  'Łęck',
  'Dziedzic',
  'Gąsior',
  'Kędzior',
  'Pęk',
  'Rząs',
  'Wąs',
  'Żmud',
  'Bielec',
  'Cieśl',
  'Domań',
  'Fijał',
  'Hałas',
  'Iwań',
  'Jędrzej',
  'Klimek',
  'Leśn',
  'Łysak',
  'Nawrock',
  'Orłow',
  'Przybył',
  'Radom',
  'Sęk',
  'Tkacz',
  'Ulan',
  'Wawrzyn',
  'Zych',
  'Bondarenk',
  'Kowalenk',
  'Szewczenk',
  'Melnyk',
  'Kravczenk',
  'Tkaczenk',
  'Łysenk',
  'Hryń',
  'Pawlenk',
];
const SUFFIXES: [string, string][] = [
  ['ski', 'ska'],
  ['cki', 'cka'],
  ['ak', 'ak'],
  ['czyk', 'czyk'],
  ['ek', 'ek'],
  ['ewicz', 'ewicz'],
  ['owicz', 'owicz'],
  ['iak', 'iak'],
  ['uk', 'uk'],
  ['', ''],
  ['o', 'o'],
  ['as', 'as'],
  ['ik', 'ik'],
  ['owski', 'owska'],
];

/** [masculine, feminine] surnames, the most common first. */
export const ALL_SURNAMES: [string, string][] = [
  ...SURNAMES,
  ...STEMS.flatMap((stem) => SUFFIXES.map(([m, f]): [string, string] => [stem + m, stem + f])),
];
export { FEMALE_FIRST, MALE_FIRST };

/** Index drawn with weight 1/(rank+50): a long tail, with the top names far more frequent. */
export function zipfPicker(n: number, next: () => number) {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 50);
    cumulative.push(sum);
  }
  return () => {
    const x = next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

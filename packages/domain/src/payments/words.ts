// Amounts in words ("słownie") as Polish cash vouchers print them: "sto dwadzieścia trzy złote 45/100".

const ONES = ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = [
  'dziesięć',
  'jedenaście',
  'dwanaście',
  'trzynaście',
  'czternaście',
  'piętnaście',
  'szesnaście',
  'siedemnaście',
  'osiemnaście',
  'dziewiętnaście',
];
const TENS = [
  '',
  '',
  'dwadzieścia',
  'trzydzieści',
  'czterdzieści',
  'pięćdziesiąt',
  'sześćdziesiąt',
  'siedemdziesiąt',
  'osiemdziesiąt',
  'dziewięćdziesiąt',
];
const HUNDREDS = [
  '',
  'sto',
  'dwieście',
  'trzysta',
  'czterysta',
  'pięćset',
  'sześćset',
  'siedemset',
  'osiemset',
  'dziewięćset',
];
/** [one, few (2–4), many] forms. */
const GROUPS: [string, string, string][] = [
  ['', '', ''],
  ['tysiąc', 'tysiące', 'tysięcy'],
  ['milion', 'miliony', 'milionów'],
];

/** Polish plural form: 1 → one, 2–4 (not 12–14) → few, else many. */
export function pluralForm<T>(n: number, [one, few, many]: [T, T, T]): T {
  if (n === 1) return one;
  const lastTwo = n % 100;
  const last = n % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

function below1000(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words = [HUNDREDS[h]!];
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else words.push(TENS[Math.floor(rest / 10)]!, ONES[rest % 10]!);
  return words.filter(Boolean);
}

/** A whole number 0 ≤ n < 10⁹ in words. */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new Error(`out of range: ${n}`);
  if (n === 0) return 'zero';
  const words: string[] = [];
  for (let g = 2; g >= 0; g--) {
    const part = Math.floor(n / 1000 ** g) % 1000;
    if (part === 0) continue;
    // "tysiąc", not "jeden tysiąc".
    if (!(part === 1 && g > 0)) words.push(...below1000(part));
    if (g > 0) words.push(pluralForm(part, GROUPS[g]!));
  }
  return words.join(' ');
}

/** 12345 → "sto dwadzieścia trzy złote 45/100". */
export function amountInWords(grosze: number): string {
  const zl = Math.floor(grosze / 100);
  const gr = String(grosze % 100).padStart(2, '0');
  return `${numberInWords(zl)} ${pluralForm(zl, ['złoty', 'złote', 'złotych'])} ${gr}/100`;
}

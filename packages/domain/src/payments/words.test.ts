import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from './words.ts';

describe('amounts in words', () => {
  it.each([
    [0, 'zero'],
    [1, 'jeden'],
    [12, 'dwanaście'],
    [21, 'dwadzieścia jeden'],
    [100, 'sto'],
    [215, 'dwieście piętnaście'],
    [1000, 'tysiąc'],
    [1229, 'tysiąc dwieście dwadzieścia dziewięć'],
    [2000, 'dwa tysiące'],
    [5000, 'pięć tysięcy'],
    [12000, 'dwanaście tysięcy'],
    [22000, 'dwadzieścia dwa tysiące'],
    [1_000_001, 'milion jeden'],
    [3_500_000, 'trzy miliony pięćset tysięcy'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('names złoty in the right form with grosze as a fraction', () => {
    expect(amountInWords(100)).toBe('jeden złoty 00/100');
    expect(amountInWords(38667)).toBe('trzysta osiemdziesiąt sześć złotych 67/100');
    expect(amountInWords(122900)).toBe('tysiąc dwieście dwadzieścia dziewięć złotych 00/100');
    expect(amountInWords(2205)).toBe('dwadzieścia dwa złote 05/100');
    expect(amountInWords(1)).toBe('zero złotych 01/100');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeCp1250, encodeCp1250, groszeToDecimal, oneLine, toAscii, wrap } from './bank-text.ts';

describe('Windows-1250', () => {
  it('encodes every Polish letter to the byte the code page gives it', () => {
    const text = 'Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ';
    const bytes = encodeCp1250(text);
    expect(bytes).toHaveLength([...text].length);
    expect(new TextDecoder('windows-1250').decode(bytes)).toBe(text);
    expect(decodeCp1250(bytes)).toBe(text);
    expect([...encodeCp1250('ąęśżźćńółĄĘŚŻŹĆŃÓŁ')]).toEqual([
      0xb9, 0xea, 0x9c, 0xbf, 0x9f, 0xe6, 0xf1, 0xf3, 0xb3, 0xa5, 0xca, 0x8c, 0xaf, 0x8f, 0xc6, 0xd1, 0xd3,
      0xa3,
    ]);
  });

  it('replaces what the code page lacks: diacritics dropped, other scripts as "?"', () => {
    expect(decodeCp1250(encodeCp1250('Ñandú Øre Æ'))).toBe('Nandú Ore ?');
    expect(decodeCp1250(encodeCp1250('Олена Шевченко'))).toBe('????? ????????');
    expect(decodeCp1250(encodeCp1250('a😀b'))).toBe('a?b');
  });
});

describe('bank text', () => {
  it('keeps one printable line', () => {
    expect(oneLine(' Jan\tKowalski\r\nul. Długa\u0000 1 ')).toBe('Jan Kowalski ul. Długa 1');
  });

  it('wraps at word boundaries into at most n lines of a width', () => {
    const lines = wrap('Zasiłek okresowy za 11/2026, decyzja OPS.8111.12.2026 (ponowna wypłata)', 35, 4);
    expect(lines).toEqual(['Zasiłek okresowy za 11/2026,', 'decyzja OPS.8111.12.2026 (ponowna', 'wypłata)']);
    expect(lines.every((l) => l.length <= 35)).toBe(true);
    expect(wrap('x'.repeat(200), 35, 4)).toEqual([
      'x'.repeat(35),
      'x'.repeat(35),
      'x'.repeat(35),
      'x'.repeat(35),
    ]);
    expect(wrap('', 35, 4)).toEqual([]);
  });

  it('transliterates to ASCII', () => {
    expect(toAscii('Łukasz Żółć-Ślęzak')).toBe('Lukasz Zolc-Slezak');
  });

  it('writes grosze as decimals without floating point', () => {
    expect(groszeToDecimal(0)).toBe('0.00');
    expect(groszeToDecimal(5)).toBe('0.05');
    expect(groszeToDecimal(38667)).toBe('386.67');
    expect(groszeToDecimal(-1234)).toBe('-12.34');
    expect(groszeToDecimal(9_007_199_254_740_991)).toBe('90071992547409.91');
    expect(() => groszeToDecimal(1.5)).toThrow();
  });
});

import { romaniseCyrillic } from './romanise.ts';

// Text as bank formats take it: one line, no control characters, cut into fixed-width lines,
// and encoded in the code page the format asks for.

/** C0 and C1 control characters (and DEL), which no bank format carries. */
const isControl = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

/** One line of printable text: control characters and line breaks become spaces. */
export function oneLine(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => (isControl(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts text into at most `lines` lines of at most `width` characters, breaking between words
 * where it can; what does not fit is dropped (the formats have no continuation).
 */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let rest = oneLine(text);
  while (rest && out.length < lines) {
    if (rest.length <= width) {
      out.push(rest);
      break;
    }
    const cut = rest.lastIndexOf(' ', width);
    const at = cut > width / 2 ? cut : width;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return out;
}

const ASCII_FOLD: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss' };

/** Polish (and other Latin) letters without diacritics, for banks that take ASCII only. */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØß]/g, (c) => ASCII_FOLD[c] ?? c)
    .replace(/[^\u0020-\u007e]/g, '?');
}

/**
 * The Latin character set of SEPA credit transfers (EPC's basic set): letters a–z and A–Z,
 * digits, space and / - ? : ( ) . , ' +. Cyrillic is romanised, diacritics are dropped
 * (Ł → L), and any other character becomes a space, so the bank rejects nothing.
 */
export function toSepaText(text: string): string {
  return toAscii(romaniseCyrillic(oneLine(text)))
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Windows-1250 bytes 0x80–0xFF; the five bytes it leaves undefined are never produced.
const CP1250_HIGH =
  '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';
const TO_CP1250 = new Map<string, number>([...CP1250_HIGH].map((c, i) => [c, 0x80 + i]));

/**
 * Encodes text in Windows-1250 (the Polish Windows code page most bank import modules read).
 * A character the code page lacks (Cyrillic, say) is first stripped of its diacritics and
 * then replaced by "?", so the byte count always equals the character count.
 */
export function encodeCp1250(text: string): Uint8Array {
  const chars = [...text];
  const out = new Uint8Array(chars.length);
  chars.forEach((c, i) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) out[i] = code;
    else out[i] = TO_CP1250.get(c) ?? TO_CP1250.get(toAscii(c)) ?? toAscii(c).charCodeAt(0);
  });
  return out;
}

export function decodeCp1250(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : CP1250_HIGH[b - 0x80];
  return s;
}

/** Grosze as a decimal amount with a dot: 12345 → "123.45" (integer arithmetic, no float). */
export function groszeToDecimal(grosze: number): string {
  if (!Number.isSafeInteger(grosze)) throw new Error(`amount must be integer grosze: ${grosze}`);
  const sign = grosze < 0 ? '-' : '';
  const abs = Math.abs(grosze);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

import { describe, expect, it } from 'vitest';
import {
  checkFirstPart,
  decodeBase64,
  endsProperly,
  formatFileSize,
  safeFileName,
  sniffFileType,
} from './files.ts';

const bytes = (...b: (number | string)[]) =>
  Uint8Array.from(b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));
const PDF = bytes('%PDF-1.7\n', 'body', '\n%%EOF\n');
const PNG = bytes(
  0x89,
  'PNG',
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  'rest',
  0x49,
  0x45,
  0x4e,
  0x44,
  0xae,
  0x42,
  0x60,
  0x82,
);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 'jfif data', 0xff, 0xd9);
const EXE = bytes('MZ', 0x90, 0, 'This program cannot be run in DOS mode');
const ZIP = bytes('PK', 3, 4, 'word/document.xml');

describe('file type sniffing by magic bytes', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffFileType(PDF)).toBe('application/pdf');
    expect(sniffFileType(JPEG)).toBe('image/jpeg');
    expect(sniffFileType(PNG)).toBe('image/png');
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(sniffFileType(EXE)).toBeNull();
    expect(sniffFileType(ZIP)).toBeNull(); // a .docx
    expect(sniffFileType(bytes('%PD'))).toBeNull();
    expect(sniffFileType(bytes(' %PDF-1.4'))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });

  it('checks the ending of a complete file: %%EOF, FF D9, IEND', () => {
    expect(endsProperly('application/pdf', PDF)).toBe(true);
    expect(endsProperly('application/pdf', PDF.subarray(0, PDF.length - 4))).toBe(false);
    expect(endsProperly('image/jpeg', JPEG)).toBe(true);
    expect(endsProperly('image/jpeg', JPEG.subarray(0, JPEG.length - 1))).toBe(false);
    expect(endsProperly('image/png', PNG)).toBe(true);
    expect(endsProperly('image/png', PNG.subarray(0, PNG.length - 2))).toBe(false);
  });

  it('accepts a PDF with bytes after %%EOF, as readers do', () => {
    expect(endsProperly('application/pdf', bytes('%PDF-1.4 x %%EOF\r\n', 0, 0, 0))).toBe(true);
  });
});

describe('checkFirstPart', () => {
  const opts = { maxBytes: 1000, allowed: ['application/pdf', 'image/png'] as const };
  it('gives the proven type', () => {
    expect(checkFirstPart(PDF, { ...opts, size: PDF.length })).toEqual({ type: 'application/pdf' });
    expect(checkFirstPart(PDF.subarray(0, 16), { ...opts, size: 500 })).toEqual({ type: 'application/pdf' });
  });
  it('refuses a file over the limit on "size", naming the limit in MB', () => {
    expect(checkFirstPart(PDF, { ...opts, size: 5 * 1024 * 1024 + 1, maxBytes: 5 * 1024 * 1024 })).toEqual({
      path: 'size',
      message: 'validation.file.tooLarge?mb=5',
    });
  });
  it('refuses a type not allowed, a renamed executable, and a declared type that lies', () => {
    expect(checkFirstPart(JPEG, { ...opts, size: JPEG.length })).toMatchObject({
      message: 'validation.file.type',
    });
    expect(checkFirstPart(EXE, { ...opts, size: EXE.length, declared: 'application/pdf' })).toMatchObject({
      message: 'validation.file.type',
    });
    expect(checkFirstPart(PNG, { ...opts, size: PNG.length, declared: 'application/pdf' })).toEqual({
      path: 'mediaType',
      message: 'validation.file.typeMismatch',
    });
  });
  it('refuses a whole file that is cut short, and a part longer than the declared size', () => {
    const cut = PDF.subarray(0, PDF.length - 3);
    expect(checkFirstPart(cut, { ...opts, size: cut.length })).toMatchObject({
      message: 'validation.file.damaged',
    });
    expect(checkFirstPart(PDF, { ...opts, size: 10 })).toMatchObject({
      message: 'validation.file.sizeMismatch',
    });
    expect(checkFirstPart(PDF.subarray(0, 8), { ...opts, size: 500 })).toMatchObject({
      message: 'validation.file.partTooSmall',
    });
  });
});

describe('file names and sizes', () => {
  it('keep Polish letters, drop paths and dangerous characters, and take the proven extension', () => {
    expect(safeFileName('C:\\Users\\anna\\Zaświadczenie o dochodach.PDF', 'application/pdf')).toBe(
      'Zaświadczenie o dochodach.pdf',
    );
    expect(safeFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFileName('skan"; rm -rf.exe', 'image/jpeg')).toBe('skan rm -rf.jpg');
    expect(safeFileName('\u202Egpj.exe', 'image/jpeg')).toBe('gpj.jpg');
    expect(safeFileName('', 'application/pdf')).toBe('plik.pdf');
  });
  it('decode base64 and print sizes as file managers do', () => {
    expect([...decodeBase64('JVBERi0=')]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(formatFileSize(2_400_000, 'pl')).toBe('2,4 MB');
    expect(formatFileSize(512_000, 'en')).toBe('512 kB');
  });
});

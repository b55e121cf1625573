import { describe, expect, it } from 'vitest';
import { checkIban, formatIban, makeIban, normalizeIban, nrbOf, sortCodeOf } from './iban.ts';

describe('IBAN (ISO 13616, MOD 97-10)', () => {
  it.each([
    'PL61109010140000071219812874',
    'PL61 1090 1014 0000 0712 1981 2874',
    '61109010140000071219812874', // a bare NRB
    'pl61-1090-1014-0000-0712-1981-2874',
    'DE89370400440532013000',
    'GB82WEST12345698765432',
  ])('accepts %s', (iban) => {
    expect(checkIban(iban)).toBeNull();
  });

  it.each([
    ['PL61109010140000071219812875', 'checksum'],
    ['PL62109010140000071219812874', 'checksum'],
    ['PL6110901014000007121981287', 'length'],
    ['PL61A09010140000071219812874', 'format'],
    ['6110901014', 'format'],
    ['', 'format'],
    ['DE89370400440532013001', 'checksum'],
  ])('refuses %s (%s)', (iban, problem) => {
    expect(checkIban(iban)).toBe(problem);
  });

  it('refuses a valid foreign account where only Polish ones go', () => {
    expect(checkIban('DE89370400440532013000', { polishOnly: true })).toBe('notPolish');
    expect(checkIban('PL61109010140000071219812874', { polishOnly: true })).toBeNull();
  });

  it('normalises, formats and takes the NRB and sort code apart', () => {
    const iban = normalizeIban('61 1090 1014 0000 0712 1981 2874');
    expect(iban).toBe('PL61109010140000071219812874');
    expect(formatIban(iban)).toBe('PL61 1090 1014 0000 0712 1981 2874');
    expect(nrbOf(iban)).toBe('61109010140000071219812874');
    expect(sortCodeOf(iban)).toBe('10901014');
  });

  it('builds valid IBANs from an account number', () => {
    for (let i = 0; i < 200; i++) {
      const bban = `1020${String((i * 7919) % 10000).padStart(4, '0')}${String(i * 104729).padStart(16, '0')}`;
      const iban = makeIban('PL', bban);
      expect(checkIban(iban), iban).toBeNull();
      expect(iban.slice(4)).toBe(bban);
    }
    expect(makeIban('PL', '109010140000071219812874')).toBe('PL61109010140000071219812874');
  });
});

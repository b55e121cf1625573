import { describe, expect, it } from 'vitest';
import { PAIN001_NS, pain001Xml, xmlEscape } from './pain001.ts';

// The full parse of a produced file (every element) is in apps/server/.../payments/bank-files.test.ts.
describe('pain.001.001.03', () => {
  const xml = pain001Xml({
    messageId: 'LW/2026/0001/1',
    createdAt: '2026-11-05T10:15:30.123Z',
    initiatingParty: 'MOPS <Pruszków> & "partnerzy"',
    debtor: { name: 'MOPS', iban: 'PL61109010140000071219812874' },
    batches: [
      {
        paymentInfoId: 'LW/2026/0001/1/2026-11-10',
        executionDate: '2026-11-10',
        transfers: [
          {
            endToEndId: 'OST1',
            amount: 38667,
            creditorName: "Żaneta O'Brien & syn",
            creditorIban: '61 1090 1014 0000 0712 1981 2874',
            remittance: 'Zasiłek okresowy\u0007 za 11/2026',
          },
          {
            endToEndId: 'OST2',
            amount: 5,
            creditorName: 'Тетяна Щербак',
            creditorIban: 'PL61109010140000071219812874',
            remittance: 'x',
          },
        ],
      },
    ],
  });

  it('is UTF-8 XML in the pain.001.001.03 namespace with sums computed from the transfers', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain(`<Document xmlns="${PAIN001_NS}"`);
    expect(xml.match(/<NbOfTxs>2<\/NbOfTxs>/g)).toHaveLength(2);
    expect(xml.match(/<CtrlSum>386.72<\/CtrlSum>/g)).toHaveLength(2);
    expect(xml).toContain('<InstdAmt Ccy="PLN">386.67</InstdAmt>');
    expect(xml).toContain('<InstdAmt Ccy="PLN">0.05</InstdAmt>');
    expect(xml).toContain('<CreDtTm>2026-11-05T10:15:30</CreDtTm>');
  });

  it('writes names and titles in the SEPA Latin set, escaping XML and dropping what XML 1.0 forbids', () => {
    expect(xml).toContain('<Nm>MOPS Pruszkow partnerzy</Nm>');
    expect(xml).toContain('<Nm>Zaneta O&apos;Brien syn</Nm>');
    expect(xml).toContain('<Ustrd>Zasilek okresowy za 11/2026</Ustrd>');
    // Ukrainian Cyrillic in the national romanisation.
    expect(xml).toContain('<Nm>Tetiana Shcherbak</Nm>');
    expect(xml).toContain('<IBAN>PL61109010140000071219812874</IBAN>');
    expect(xmlEscape('a\u0000b\uFFFEc')).toBe('abc');
  });
});

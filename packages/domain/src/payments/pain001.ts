import { groszeToDecimal, oneLine, toSepaText } from './bank-text.ts';
import { normalizeIban } from './iban.ts';

// ISO 20022 Customer Credit Transfer Initiation, version pain.001.001.03 (the version Polish
// banks' corporate channels import): one group header, one payment information block per
// execution date, one CdtTrfTxInf per transfer, elements in the order the XSD sequences them.
// UTF-8; names and the remittance text are written in the SEPA Latin subset (Cyrillic
// romanised, diacritics dropped), which every bank's channel accepts; XML's five special
// characters are escaped and characters XML 1.0 forbids are dropped.
// [M] Bank-specific choices not checked against a bank's implementation guide: the debtor's
// agent without a BIC ("NOTPROVIDED"), no ChrgBr (domestic PLN transfers, not SEPA), and the
// service level left out.

export interface Pain001Transfer {
  endToEndId: string; // Max35Text
  amount: number; // grosze, > 0
  creditorName: string;
  creditorIban: string;
  remittance: string; // Ustrd, Max140Text
}

export interface Pain001Batch {
  paymentInfoId: string; // Max35Text
  executionDate: string; // YYYY-MM-DD
  transfers: Pain001Transfer[];
}

export interface Pain001Message {
  messageId: string; // Max35Text, unique per file
  createdAt: string; // ISO date-time
  initiatingParty: string;
  debtor: { name: string; iban: string; bic?: string | null };
  batches: Pain001Batch[];
}

export const PAIN001_NS = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

/** Escapes text for XML content and attributes; drops characters XML 1.0 does not allow. */
export function xmlEscape(text: string): string {
  return [...text]
    .filter((c) => {
      const cp = c.codePointAt(0)!;
      return (
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        cp >= 0x10000
      );
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Cuts to `max` characters (code points), so a surrogate pair is never split. */
const cut = (s: string, max: number) => [...oneLine(s)].slice(0, max).join('');
/** Free text a bank may refuse outside the SEPA character set: names and the remittance. */
const latin = (s: string, max: number) => cut(toSepaText(s), max);
const el = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;

const sum = (ts: { amount: number }[]) => ts.reduce((a, t) => a + t.amount, 0);

function transfer(t: Pain001Transfer): string {
  if (!Number.isSafeInteger(t.amount) || t.amount <= 0)
    throw new Error(`transfer amount must be positive grosze: ${t.amount}`);
  return [
    '<CdtTrfTxInf>',
    `<PmtId>${el('EndToEndId', cut(t.endToEndId, 35))}</PmtId>`,
    `<Amt><InstdAmt Ccy="PLN">${groszeToDecimal(t.amount)}</InstdAmt></Amt>`,
    `<Cdtr>${el('Nm', latin(t.creditorName, 70))}</Cdtr>`,
    `<CdtrAcct><Id>${el('IBAN', normalizeIban(t.creditorIban))}</Id></CdtrAcct>`,
    `<RmtInf>${el('Ustrd', latin(t.remittance, 140))}</RmtInf>`,
    '</CdtTrfTxInf>',
  ].join('');
}

function batch(m: Pain001Message, b: Pain001Batch): string {
  const agent = m.debtor.bic ? el('BIC', m.debtor.bic) : '<Othr><Id>NOTPROVIDED</Id></Othr>';
  return [
    '<PmtInf>',
    el('PmtInfId', cut(b.paymentInfoId, 35)),
    '<PmtMtd>TRF</PmtMtd>',
    '<BtchBookg>true</BtchBookg>',
    el('NbOfTxs', String(b.transfers.length)),
    el('CtrlSum', groszeToDecimal(sum(b.transfers))),
    el('ReqdExctnDt', b.executionDate),
    `<Dbtr>${el('Nm', latin(m.debtor.name, 70))}</Dbtr>`,
    `<DbtrAcct><Id>${el('IBAN', normalizeIban(m.debtor.iban))}</Id><Ccy>PLN</Ccy></DbtrAcct>`,
    `<DbtrAgt><FinInstnId>${agent}</FinInstnId></DbtrAgt>`,
    ...b.transfers.map(transfer),
    '</PmtInf>',
  ].join('');
}

/** The message as UTF-8 XML text; NbOfTxs and CtrlSum are computed from the transfers. */
export function pain001Xml(m: Pain001Message): string {
  const all = m.batches.flatMap((b) => b.transfers);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Document xmlns="${PAIN001_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    '<CstmrCdtTrfInitn>',
    '<GrpHdr>',
    el('MsgId', cut(m.messageId, 35)),
    el('CreDtTm', m.createdAt.slice(0, 19)),
    el('NbOfTxs', String(all.length)),
    el('CtrlSum', groszeToDecimal(sum(all))),
    `<InitgPty>${el('Nm', latin(m.initiatingParty, 70))}</InitgPty>`,
    '</GrpHdr>',
    ...m.batches.map((b) => batch(m, b)),
    '</CstmrCdtTrfInitn>',
    '</Document>\n',
  ].join('');
}

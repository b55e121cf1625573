import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { telecare } from '@ostoja/domain/i18n/telecare';
import { renderPdf } from '../../shared/pdf.ts';

type Key = keyof typeof telecare.pl;
const pl = (key: Key, params: Record<string, string | number> = {}) =>
  telecare.pl[key].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));

export interface ContractFacts {
  contractNumber: string;
  lentOn: string;
  name: string;
  pesel: string | null;
  decision: string;
  deviceKind: 'bracelet' | 'keyBox' | 'base';
  serialNumber: string;
  periodTo: string;
  monthlyFeeGrosze: number;
}

/** The lending contract (umowa użyczenia, art. 710 Kodeksu cywilnego) of a telecare device. */
export function telecareContractPdf(c: ContractFacts): Promise<Buffer> {
  const title = pl('telecare.contract.title', { number: c.contractNumber });
  const para = (text: string) => ({ text, margin: [0, 0, 0, 8] as [number, number, number, number] });
  return renderPdf({
    info: { title },
    content: [
      { text: title, bold: true, fontSize: 13, margin: [0, 0, 0, 12] },
      para(
        pl('telecare.contract.parties', {
          date: c.lentOn,
          name: c.name,
          pesel: c.pesel ?? '—',
          decision: c.decision,
        }),
      ),
      para(
        pl('telecare.contract.device', {
          kind: pl(`telecare.device.${c.deviceKind}`),
          serial: c.serialNumber,
        }),
      ),
      para(pl('telecare.contract.period', { to: c.periodTo })),
      para(pl('telecare.contract.fee', { fee: formatMoney(c.monthlyFeeGrosze, 'pl') })),
      para(pl('telecare.contract.care')),
      { text: pl('telecare.contract.signatures'), margin: [0, 40, 0, 0] },
    ],
  });
}

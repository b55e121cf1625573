import { zodResolver } from '@hookform/resolvers/zod';
import { registerMessages, translateMessage } from '@ostoja/domain';
import { WywiadInput } from '@ostoja/domain/applications/wywiad';
import { describe, expect, it } from 'vitest';
import { flatErrors } from '../../components/kit/use-edit-form.ts';
import { uiBenefits } from '../../i18n/ui-benefits.ts';
import { ISSUE } from './decision-form.tsx';
import { type Values, WYWIAD, wywiadBody } from './WywiadPage.tsx';

// The screens' strings come with the screen (app/area.ts), not with the domain.
registerMessages(uiBenefits);

const PERSON = '0b0c9a1e-3f7e-4a55-9d55-6a3c4b6f2a10';

/** What the form shows beside each field for a body, in Polish, as useEditForm checks it. */
async function shown(schema: unknown, body: unknown) {
  const r = await zodResolver(schema as never)(body as never, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  } as never);
  return flatErrors(r.errors, (m) => translateMessage('pl', m));
}

const visit = (gross: string, hectares = ''): Values => ({
  visitedOn: '2026-11-30',
  incomeLost: false,
  health: '',
  housing: '',
  needs: '',
  conclusions: 'Rodzina potrzebuje wsparcia.',
  helpPlan: '',
  hectares,
  members: [
    {
      personId: PERSON,
      name: 'Halina Nowak',
      alimonyPaid: '',
      sources: [
        {
          key: 1,
          kind: 'employment',
          month: '2026-10',
          gross,
          tax: '100',
          contributions: '200,00',
          oneOff: false,
          dueFrom: '',
          dueTo: '',
        },
      ],
    },
  ],
});

describe('the home visit form', () => {
  it('says "Podaj kwotę w złotych" beside an amount it cannot read, where the bare schema says only "wrong type"', async () => {
    const body = wywiadBody(visit('1 500,0x'));
    const path = 'members.0.sources.0.gross';
    expect((await shown(WYWIAD, body))[path]).toContain('Podaj kwotę w złotych');
    expect((await shown(WywiadInput, body))[path]).not.toContain('Podaj kwotę w złotych');
  });

  it('reads "1 500,00" as 150 000 grosze and takes the visit; hectares typed "2,5x" are refused at their field', async () => {
    const body = wywiadBody(visit('1 500,00'));
    expect(body.members[0]!.sources[0]).toMatchObject({ gross: 150_000, tax: 10_000, contributions: 20_000 });
    expect(await shown(WYWIAD, body)).toEqual({});
    expect((await shown(WYWIAD, wywiadBody(visit('1 500,00', '2,5x')))).farmHectares).toContain(
      'Podaj liczbę hektarów',
    );
  });
});

describe('the home visit form: income received once or for a period (art. 8 ust. 11–12)', () => {
  const source = (patch: Partial<Values['members'][number]['sources'][number]>): Values => {
    const v = visit('3 000,00');
    return { ...v, members: [{ ...v.members[0]!, sources: [{ ...v.members[0]!.sources[0]!, ...patch }] }] };
  };
  const at = 'members.0.sources.0';

  it('sends a one-off income as such, and a period as its first and last month', async () => {
    const body = wywiadBody(source({ oneOff: true }));
    expect(body.members[0]!.sources[0]).toMatchObject({ oneOff: true, dueFrom: undefined, dueTo: undefined });
    const period = wywiadBody(source({ dueFrom: '2026-08', dueTo: '2026-10' }));
    expect(period.members[0]!.sources[0]).toMatchObject({
      oneOff: undefined,
      dueFrom: '2026-08',
      dueTo: '2026-10',
    });
    expect(await shown(WYWIAD, period)).toEqual({});
  });

  it('asks for the last month beside its field when only the first is given, and for the right order', async () => {
    expect((await shown(WYWIAD, wywiadBody(source({ dueFrom: '2026-08' }))))[`${at}.dueTo`]).toBe(
      'To pole jest wymagane.',
    );
    const backwards = await shown(WYWIAD, wywiadBody(source({ dueFrom: '2026-10', dueTo: '2026-08' })));
    expect(backwards).toEqual({
      [`${at}.dueTo`]: 'Ostatni miesiąc okresu nie może być wcześniejszy niż pierwszy.',
    });
  });
});

describe('the decision form', () => {
  const grant = (iban: string | null) => ({
    outcome: 'grant',
    decidedOn: '2026-12-03',
    paymentMethod: 'transfer',
    iban,
    refusalReason: null,
  });

  it('refuses an account whose checksum fails, and asks for one when a transfer has none', async () => {
    expect((await shown(ISSUE, grant('PL61109010140000071219812875'))).iban).toBe(
      'Numer rachunku jest niepoprawny (błędna suma kontrolna).',
    );
    expect((await shown(ISSUE, grant(null))).iban).toBeTruthy();
    expect(await shown(ISSUE, grant('PL61109010140000071219812874'))).toEqual({});
  });

  it('a cash-desk grant needs no account', async () => {
    expect(await shown(ISSUE, { ...grant(null), paymentMethod: 'cashDesk' })).toEqual({});
  });
});

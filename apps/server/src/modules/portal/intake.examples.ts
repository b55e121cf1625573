import { IntakeInput } from '@ostoja/domain/portal/intake';
import type { Fixtures } from '../../test/route-examples.ts';
import * as service from './intake-service.ts';
import { b64, fakePdf } from './test-files.ts';

/** A valid online application (PS-1-like) of a resident of ul. Żbikowska (field team 2). */
export const intakeBody = (seq = 0) => ({
  applicant: {
    firstName: 'Anna',
    surname: `Wnioskowa${seq ? ` ${seq}` : ''}`,
    pesel: null,
    birthDate: '1980-05-01',
  },
  address: {
    street: 'ul. Żbikowska',
    building: '10',
    apartment: '4',
    postalCode: '05-800',
    city: 'Pruszków',
  },
  phone: '500 600 700',
  preferredContact: 'phone',
  household: [{ firstName: 'Ola', surname: 'Wnioskowa', relation: 'child', birthDate: '2015-02-02' }],
  help: ['zasilekOkresowy'],
  description: 'Straciłam pracę w zeszłym miesiącu i nie starcza na czynsz.',
  declaration: true,
});

export const newIntake = (fx: Fixtures) =>
  service.submitIntake(fx.staff(), IntakeInput.parse(intakeBody(fx.seq())));

/** The start of an attachment `pdf` to the intake, with its first bytes `sent` (all of it unless told). */
const attachment = (i: { reference: string; code: string }, fileName: string, pdf: Buffer, sent = pdf) => ({
  reference: i.reference,
  code: i.code,
  fileName,
  size: pdf.length,
  data: b64(sent),
});

/** An intake with one complete PDF attachment. */
export async function intakeWithFile(fx: Fixtures) {
  const i = await newIntake(fx);
  const a = await service.startAttachment(fx.staff(), attachment(i, 'zaswiadczenie.pdf', fakePdf(600)));
  return { intake: i, attachmentId: a.id };
}

export const intakeExamples = {
  'POST /api/v1/portal/intakes': (fx: Fixtures) => ({ body: intakeBody(fx.seq()) }),
  'POST /api/v1/portal/intakes/status': async (fx: Fixtures) => {
    const i = await newIntake(fx);
    return { body: { reference: i.reference, code: i.code } };
  },
  'POST /api/v1/portal/intakes/attachments': async (fx: Fixtures) => {
    const i = await newIntake(fx);
    return { body: attachment(i, 'dochody.pdf', fakePdf(700)) };
  },
  'POST /api/v1/portal/intakes/attachments/:id/parts': async (fx: Fixtures) => {
    const i = await newIntake(fx);
    const pdf = fakePdf(3000);
    const a = await service.startAttachment(
      fx.staff(),
      attachment(i, 'skan.pdf', pdf, pdf.subarray(0, 1200)),
    );
    return {
      params: { id: a.id },
      body: { reference: i.reference, code: i.code, offset: 1200, data: b64(pdf.subarray(1200)) },
    };
  },
  'GET /api/v1/intakes': () => ({ query: { all: 'true' } }),
  'GET /api/v1/intakes/:id': async (fx: Fixtures) => ({ params: { id: await intakeId(fx) } }),
  'GET /api/v1/intakes/:id/attachments/:attachmentId': async (fx: Fixtures) => {
    const { intake, attachmentId } = await intakeWithFile(fx);
    return { params: { id: await idOf(fx, intake.reference), attachmentId } };
  },
  'POST /api/v1/intakes/:id/take': async (fx: Fixtures) => ({
    params: { id: await intakeId(fx) },
    body: { version: 1 },
  }),
  'POST /api/v1/intakes/:id/field-team': async (fx: Fixtures) => ({
    params: { id: await intakeId(fx) },
    body: { fieldTeamId: fx.ids.fieldTeam, version: 1 },
  }),
  'POST /api/v1/intakes/:id/accept': async (fx: Fixtures) => {
    const m = await fx.q.query<{ id: string }>(
      'SELECT person_id AS id FROM household_membership WHERE household_id = $1 AND valid_to IS NULL LIMIT 1',
      [fx.ids.household],
    );
    return {
      params: { id: await intakeId(fx) },
      body: { householdId: fx.ids.household, personId: m.rows[0]!.id, version: 1 },
    };
  },
  'POST /api/v1/intakes/:id/decline': async (fx: Fixtures) => ({
    params: { id: await intakeId(fx) },
    body: { reason: 'Zgłoszenie zdublowane.', version: 1 },
  }),
};

async function idOf(fx: Fixtures, reference: string) {
  return (await fx.q.query<{ id: string }>('SELECT id FROM intake WHERE reference = $1', [reference]))
    .rows[0]!.id;
}
const intakeId = async (fx: Fixtures) => idOf(fx, (await newIntake(fx)).reference);

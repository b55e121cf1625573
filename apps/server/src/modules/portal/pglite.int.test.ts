import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { type Db, openPglite } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDemo } from '../../seed/demo.ts';
import { b64, fakePdf } from './test-files.ts';

// `npm start` without DATABASE_URL runs on the embedded PGlite: the SQL the residents' portal
// relies on — ON CONFLICT over a partial unique index, bytea appends, sha256() — must run there too.
let db: Db;
let app: Awaited<ReturnType<typeof buildApp>>['app'];

beforeAll(async () => {
  db = await openPglite('memory://');
  await migrate(db);
  await seedDemo(db);
  app = (await buildApp(db, loadConfig({}))).app;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('residents’ portal on the embedded database', () => {
  it('books a slot once, refuses it the second time, and uploads an attachment in parts', async () => {
    const slots = await app.inject({
      method: 'GET',
      url: '/api/v1/counselling/slots',
      query: { from: '2000-01-01', to: '2100-01-01' },
    });
    const s = slots.json().items[0];
    const body = {
      specialistId: s.specialistId,
      date: s.date,
      start: s.start,
      name: 'Jan',
      phone: '500 100 200',
    };
    const first = await app.inject({ method: 'POST', url: '/api/v1/counselling/bookings', payload: body });
    const second = await app.inject({ method: 'POST', url: '/api/v1/counselling/bookings', payload: body });
    expect([first.statusCode, second.statusCode]).toEqual([201, 409]);

    const intake = await app.inject({
      method: 'POST',
      url: '/api/v1/portal/intakes',
      payload: {
        applicant: { firstName: 'Anna', surname: 'Nowak' },
        address: { street: 'Jasna', building: '1', postalCode: '05-800', city: 'Pruszków' },
        phone: '500 600 700',
        help: ['meals'],
        description: 'Potrzebuję pomocy w opłaceniu obiadów dla dzieci.',
        declaration: true,
      },
    });
    const { reference, code } = intake.json();
    const pdf = fakePdf(2000);
    const start = await app.inject({
      method: 'POST',
      url: '/api/v1/portal/intakes/attachments',
      payload: { reference, code, fileName: 'a.pdf', size: pdf.length, data: b64(pdf.subarray(0, 1000)) },
    });
    const rest = await app.inject({
      method: 'POST',
      url: `/api/v1/portal/intakes/attachments/${start.json().id}/parts`,
      payload: { reference, code, offset: 1000, data: b64(pdf.subarray(1000)) },
    });
    expect(rest.json()).toMatchObject({ received: 2000, complete: true });
    const stored = await db.query<{ sha256: string }>('SELECT sha256 FROM intake_attachment WHERE id = $1', [
      start.json().id,
    ]);
    expect(stored.rows[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

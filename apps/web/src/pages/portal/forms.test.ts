import { registerMessages, translateMessage } from '@ostoja/domain/i18n/index';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { uiPortal } from '../../i18n/ui-portal.ts';
import { newsSchema, pageSchema, uploadSchema } from './content/schemas.ts';
import { calculatorRequest, EMPTY, stepSchema } from './self-check-steps.ts';

beforeAll(() => registerMessages(uiPortal));

/** What the form shows beside each field: the first message of each path, in Polish. */
function shown(schema: z.ZodType, body: unknown): Record<string, string> {
  const r = schema.safeParse(body);
  const out: Record<string, string> = {};
  for (const i of r.success ? [] : r.error.issues)
    out[i.path.join('.')] ??= translateMessage('pl', i.message);
  return out;
}

const texts = (title: string) => ({ pl: { title, summary: 'Krótko.', body: 'Treść.' } });

describe('the self-check asks step by step, in the resident’s words', () => {
  it('step 1: an allowance and 1 to 15 persons', () => {
    expect(shown(stepSchema(1), { ...EMPTY, persons: '0' })).toEqual({
      benefit: 'Wybierz zasiłek.',
      persons: 'Wpisz liczbę osób od 1 do 15.',
    });
    expect(shown(stepSchema(1), { ...EMPTY, benefit: 'zasilekOkresowy', persons: '16' })).toEqual({
      persons: 'Wpisz liczbę osób od 1 do 15.',
    });
    expect(shown(stepSchema(1), { ...EMPTY, benefit: 'zasilekOkresowy', persons: ' 3 ' })).toEqual({});
  });

  it('step 2: each income beside its person, a word is not an amount', () => {
    const household = [{ netIncome: '1 500' }, { netIncome: '0' }, { netIncome: 'zero' }];
    expect(shown(stepSchema(2), { ...EMPTY, benefit: 'zasilekOkresowy', persons: '3', household })).toEqual({
      'household.2.netIncome': 'Wpisz kwotę w złotych, np. 1200 albo 1200,50.',
    });
  });

  it('step 3 (zasiłek stały) needs the answer about the inability to work', () => {
    expect(shown(stepSchema(3), { ...EMPTY, benefit: 'zasilekStaly' })).toEqual({
      unable: 'Zaznacz odpowiedź.',
    });
  });

  it('sends the incomes in grosze, the applicant first, unable to work only for zasiłek stały', () => {
    const r = calculatorRequest({
      benefit: 'zasilekStaly',
      persons: '2',
      household: [{ netIncome: '1 200,50' }, { netIncome: '300' }],
      unable: 'yes',
    });
    expect(r.household).toEqual([
      { role: 'applicant', netIncome: 120_050, unableToWork: true },
      { role: 'member', netIncome: 30_000, unableToWork: false },
    ]);
  });
});

describe('the content editors check before sending', () => {
  it('a news item to publish needs its moment; a draft does not', () => {
    const draft = {
      kind: 'news',
      texts: texts('Dzień otwarty'),
      publishedAt: null,
      validUntil: null,
      pinned: false,
    };
    expect(shown(newsSchema(false, true), draft)).toEqual({
      publishedAt: 'Podaj datę i godzinę publikacji.',
    });
    expect(shown(newsSchema(false, false), draft)).toEqual({});
  });

  it('the accessibility statement needs its dates and status; the contact page does not', () => {
    const body = { texts: { pl: { title: 'Deklaracja', body: 'Treść.' } }, published: true, version: null };
    expect(Object.keys(shown(pageSchema('accessibility'), body)).sort()).toEqual([
      'compliance',
      'preparedOn',
      'sitePublishedOn',
    ]);
    expect(shown(pageSchema('contact'), body)).toEqual({});
  });

  it('a document needs a PDF, and says so beside the file field together with a missing title', () => {
    const meta = { category: 'form', texts: { pl: { title: '', description: '' } }, published: false };
    const errors = shown(uploadSchema(null), meta);
    expect(errors.file).toBe('Wybierz plik PDF.');
    expect(errors['texts.pl.title']).toBeTruthy();
    const png = new File([new Uint8Array(10)], 'skan.png', { type: 'image/png' });
    expect(
      shown(uploadSchema(png), { ...meta, texts: { pl: { title: 'Regulamin', description: '' } } }),
    ).toEqual({
      file: expect.stringContaining('PDF'),
    });
  });
});

import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as repo from './content-repo.ts';
import { createDocument } from './documents.ts';
import { intakeExamples } from './intake.examples.ts';
import { b64, fakePdf } from './test-files.ts';

const texts = (title: string) => ({
  pl: { title, summary: 'Krótko.', description: 'Opis.', eligibility: 'Każdy.', whatToBring: '- dowód' },
});
const helpForm = (slug: string) => ({
  slug,
  category: 'cash',
  texts: texts(`Pomoc ${slug}`),
  published: false,
});
const news = { kind: 'news', texts: { pl: { title: 'Wiadomość', summary: 'Krótko.', body: 'Treść.' } } };
const docTexts = { pl: { title: 'Regulamin', description: 'Regulamin ośrodka.' } };

const one = async (fx: Fixtures, sql: string) => (await fx.q.query<{ id: string }>(sql)).rows[0]!.id;
const newHelpForm = async (fx: Fixtures) =>
  repo.insertHelpForm(fx.q, {
    slug: `przyklad-${fx.seq()}-${Date.now()}`,
    category: 'cash',
    texts: texts('Przykład'),
    officeIds: [],
    selfCheck: null,
    onlineForm: null,
    sortOrder: 500,
    published: false,
  });
const newNews = (fx: Fixtures) =>
  repo.insertNews(
    fx.q,
    { kind: 'news', texts: news.texts, publishedAt: null, validUntil: null, pinned: false },
    null,
  );
/** A document whose 3000-byte PDF has arrived up to byte 1500. */
const halfDocument = (fx: Fixtures) => {
  const pdf = fakePdf(3000);
  return createDocument(fx.staff(), {
    category: 'form',
    texts: docTexts,
    published: false,
    fileName: 'regulamin.pdf',
    size: pdf.length,
    data: b64(pdf.subarray(0, 1500)),
  }).then((d) => ({ id: d.id, rest: b64(pdf.subarray(1500)) }));
};

export const examples: Examples = {
  'GET /api/v1/portal/offices': () => ({}),
  'GET /api/v1/portal/help-forms': () => ({}),
  'GET /api/v1/portal/help-forms/:slug': () => ({ params: { slug: 'zasilek-okresowy' } }),
  'GET /api/v1/portal/news': () => ({ query: { limit: '5' } }),
  'GET /api/v1/portal/news/:id': async (fx) => ({
    params: {
      id: await one(
        fx,
        `SELECT id FROM portal_news WHERE published_at <= now() ORDER BY published_at LIMIT 1`,
      ),
    },
  }),
  'GET /api/v1/portal/documents': () => ({}),
  'GET /api/v1/portal/documents/:id/file': async (fx) => ({
    params: {
      id: await one(fx, 'SELECT id FROM portal_document WHERE published ORDER BY created_at LIMIT 1'),
    },
  }),
  'GET /api/v1/portal/pages/:key': () => ({ params: { key: 'accessibility' } }),
  'GET /api/v1/portal-content/help-forms': () => ({}),
  'POST /api/v1/portal-content/help-forms': (fx) => ({ body: helpForm(`nowa-${fx.seq()}`) }),
  'GET /api/v1/portal-content/help-forms/:id': async (fx) => ({ params: { id: await newHelpForm(fx) } }),
  'PUT /api/v1/portal-content/help-forms/:id': async (fx) => {
    const id = await newHelpForm(fx);
    return { params: { id }, body: { ...helpForm(`zmieniona-${fx.seq()}`), version: 1 } };
  },
  'DELETE /api/v1/portal-content/help-forms/:id': async (fx) => ({ params: { id: await newHelpForm(fx) } }),
  'GET /api/v1/portal-content/news': () => ({}),
  'POST /api/v1/portal-content/news': () => ({ body: news }),
  'GET /api/v1/portal-content/news/:id': async (fx) => ({ params: { id: await newNews(fx) } }),
  'PUT /api/v1/portal-content/news/:id': async (fx) => ({
    params: { id: await newNews(fx) },
    body: { ...news, publishedAt: new Date().toISOString(), version: 1 },
  }),
  'DELETE /api/v1/portal-content/news/:id': async (fx) => ({ params: { id: await newNews(fx) } }),
  'GET /api/v1/portal-content/documents': () => ({}),
  'POST /api/v1/portal-content/documents': () => {
    const pdf = fakePdf(900);
    return {
      body: {
        category: 'report',
        texts: docTexts,
        fileName: 'sprawozdanie.pdf',
        size: pdf.length,
        data: b64(pdf),
      },
    };
  },
  'POST /api/v1/portal-content/documents/:id/parts': async (fx) => {
    const d = await halfDocument(fx);
    return { params: { id: d.id }, body: { offset: 1500, data: d.rest } };
  },
  'PUT /api/v1/portal-content/documents/:id': async (fx) => ({
    params: { id: (await halfDocument(fx)).id },
    body: { category: 'other', texts: docTexts, published: false, version: 1 },
  }),
  'DELETE /api/v1/portal-content/documents/:id': async (fx) => ({
    params: { id: (await halfDocument(fx)).id },
  }),
  'GET /api/v1/portal-content/pages/:key': () => ({ params: { key: 'contact' } }),
  'PUT /api/v1/portal-content/pages/:key': async (fx) => {
    const page = await repo.findPage(fx.q, 'contact');
    return { params: { key: 'contact' }, body: { texts: page!.texts, version: page!.version } };
  },
  ...intakeExamples,
};

import { createHash } from 'node:crypto';
import { HELP_CATALOGUE } from '@ostoja/domain/portal/help-catalogue';
import type { Queryable } from '../../db/db.ts';
import { seedCounsellingDemo } from '../counselling/seed.ts';
import * as repo from './content-repo.ts';
import { DEMO_ACCESSIBILITY, DEMO_CONTACT, DEMO_NEWS } from './seed-pages.ts';

/**
 * The residents' side of the demo centre: the catalogue of help, news, the accessibility
 * statement, contact, the blank volunteer agreement to download, and the counselling
 * specialists with their duty hours. `units` are the demo org units by their seed names;
 * `agreementPdf` is the blank agreement, made by the volunteers module (the portal only publishes it).
 */
export async function seedResidentPortal(q: Queryable, units: Record<string, string>, agreementPdf: Buffer) {
  let order = 10;
  for (const f of HELP_CATALOGUE) {
    await repo.insertHelpForm(q, {
      slug: f.slug,
      category: f.category,
      texts: f.texts,
      officeIds: f.where.map((w) => units[w]!).filter(Boolean),
      selfCheck: f.selfCheck,
      onlineForm: f.onlineForm,
      sortOrder: order,
      published: true,
    });
    order += 10;
  }
  // Published a day apart, oldest first, so the list has a stable order.
  let ago = DEMO_NEWS.length;
  for (const n of DEMO_NEWS) {
    const publishedAt = new Date(Date.now() - ago-- * 86_400_000).toISOString();
    await repo.insertNews(q, { ...n, publishedAt, validUntil: null }, null);
  }
  await repo.savePage(q, { key: 'accessibility', published: true, ...DEMO_ACCESSIBILITY }, null);
  await repo.savePage(
    q,
    {
      key: 'contact',
      published: true,
      sitePublishedOn: null,
      preparedOn: null,
      compliance: null,
      ...DEMO_CONTACT,
    },
    null,
  );
  const pdf = agreementPdf;
  const id = await repo.insertDocument(q, {
    category: 'form',
    texts: {
      pl: {
        title: 'Porozumienie wolontariackie — wzór',
        description: 'Wzór porozumienia do wypełnienia i podpisania.',
      },
      uk: { title: 'Волонтерська угода — зразок', description: 'Зразок угоди для заповнення та підписання.' },
      en: {
        title: 'Volunteer agreement — template',
        description: 'A template of the agreement to fill in and sign.',
      },
    },
    fileName: 'porozumienie-wolontariackie-wzor.pdf',
    mediaType: 'application/pdf',
    size: pdf.length,
  });
  await q.query(`UPDATE portal_document SET data = $2, sha256 = $3, published = true WHERE id = $1`, [
    id,
    pdf,
    createHash('sha256').update(pdf).digest('hex'),
  ]);
  await seedCounsellingDemo(q, units);
}

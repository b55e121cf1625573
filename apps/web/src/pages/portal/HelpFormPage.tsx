import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { PortalPending } from '../../components/kit/portal-pending.tsx';
import { Page } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { useLongDate } from './format.ts';
import { useHelpForm } from './queries.ts';
import { selfCheckPath } from './self-check-paths.ts';

/** One part of a form of help in the centre's words, when it has any. */
function TextSection({ id, title, text, lang }: { id: string; title: string; text: string; lang: string }) {
  return text ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <PlainText text={text} lang={lang} />
    </section>
  ) : null;
}

/** A form of help: what it is, who can get it, what to bring, where — and what to do next. */
export function HelpFormPage() {
  const { slug } = useParams();
  const { t } = useI18n();
  const longDate = useLongDate();
  const form = useHelpForm(slug);
  if (form.error || !form.data) return <PortalPending query={form} />;
  const f = form.data;
  const selfCheckTo = f.selfCheck ? selfCheckPath(f.selfCheck) : '';
  // The care fee answers "how much?", not "could I get it?".
  const check = f.selfCheck === 'careFee' ? 'feeCheck' : 'selfCheck';
  const applyTo =
    f.onlineForm === 'largeFamilyCard'
      ? '/portal/large-family-card'
      : f.onlineForm
        ? `/portal/apply?help=${f.onlineForm}`
        : null;
  return (
    <Page title={f.title} lead={<span lang={f.lang}>{f.summary}</span>}>
      <p>
        <Link to="/portal/help">{t('portal.help.back')}</Link>
      </p>
      <TextSection id="hf-what" title={t('portal.helpForm.what')} text={f.description} lang={f.lang} />
      <TextSection id="hf-who" title={t('portal.helpForm.who')} text={f.eligibility} lang={f.lang} />
      {f.selfCheck ? (
        <div className="lead-box">
          <p className="alert-title">{t(`portal.helpForm.${check}Title`)}</p>
          <p>{t(`portal.helpForm.${check}Text`)}</p>
          <p>
            <Link className="button primary" to={selfCheckTo}>
              {t(`portal.helpForm.${check}Button`)}
            </Link>
          </p>
        </div>
      ) : null}
      <TextSection id="hf-bring" title={t('portal.helpForm.bring')} text={f.whatToBring} lang={f.lang} />
      <section aria-labelledby="hf-where">
        <h2 id="hf-where">{t('portal.helpForm.where')}</h2>
        <p>
          {t('portal.helpForm.whereHint')}{' '}
          <Link to="/portal/which-office">{t('portal.nav.whichOffice')}</Link>
        </p>
        {f.offices.map((o) => (
          <OfficeCard key={o.id} office={o} heading="h3" />
        ))}
      </section>
      <section aria-labelledby="hf-apply" className="card">
        <h2 id="hf-apply">{t('portal.helpForm.apply')}</h2>
        {f.howToApply ? (
          <PlainText text={f.howToApply} lang={f.lang} />
        ) : (
          <p>{t('portal.helpForm.applyText')}</p>
        )}
        {applyTo ? (
          <p>
            <Link className="button secondary" to={applyTo}>
              {t('portal.apply.button')}
            </Link>
          </p>
        ) : null}
      </section>
      <p className="meta">{t('portal.helpForm.updated', { date: longDate(f.updatedAt) })}</p>
    </Page>
  );
}

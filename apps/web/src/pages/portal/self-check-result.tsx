import { Link } from 'react-router-dom';
import type { CalculatorAnswer, SelfCheckKind } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { Explanation } from './explanation.tsx';
import { useHelpForm, useHelpForms } from './queries.ts';

/** The answer in plain words, how it was reached (each step with its article), and what to do next. */
export function SelfCheckResult({
  benefit,
  answer,
  unableToWork,
  onRestart,
}: {
  benefit: SelfCheckKind;
  answer: CalculatorAnswer;
  unableToWork: boolean;
  onRestart(): void;
}) {
  const { t, money } = useI18n();
  // What to bring and where: the catalogue's entry that points to this self-check, when the centre has one.
  const catalogue = useHelpForms();
  const slug = catalogue.data?.items.find((h) => h.selfCheck === benefit)?.slug;
  const form = useHelpForm(slug);
  const a = answer;
  const yes = a.eligible && a.amount > 0;
  let headline: string;
  if (!yes) headline = t('selfCheck.no');
  else if (benefit === 'zasilekOkresowy' && a.maximumAmount && a.maximumAmount > a.amount)
    headline = t('selfCheck.yesRange', { amount: money(a.amount), max: money(a.maximumAmount) });
  else headline = t('selfCheck.yes', { amount: money(a.amount) });
  const why =
    benefit === 'zasilekStaly' && !unableToWork
      ? t('selfCheck.why.ableToWork')
      : a.incomePerPerson > a.criterion
        ? t('selfCheck.why.income', { income: money(a.incomePerPerson), criterion: money(a.criterion) })
        : '';
  return (
    <>
      <div className={`answer ${yes ? 'yes' : 'no'}`}>
        <p className="answer-title">{headline}</p>
        {why && !yes ? <p>{why}</p> : null}
        <Details
          items={[
            [t('selfCheck.criterion'), money(a.criterion)],
            [t('selfCheck.incomePerPerson'), money(a.incomePerPerson)],
          ]}
        />
        <p className="hint">{t('selfCheck.estimate')}</p>
        {!yes ? <p>{t('selfCheck.noButApply')}</p> : null}
      </div>
      <h2>{t('selfCheck.how')}</h2>
      <Explanation steps={a.explanation} />
      <h2>{t('selfCheck.whatNext')}</h2>
      <ol className="explanation">
        <li>
          {t('selfCheck.next.bring')}
          {form.data ? <PlainText text={form.data.whatToBring} lang={form.data.lang} /> : null}
        </li>
        <li>
          {t('selfCheck.next.office')} <Link to="/portal/which-office">{t('portal.nav.whichOffice')}</Link>
        </li>
        <li>
          {t('selfCheck.next.apply')}{' '}
          <Link className="button primary" to={`/portal/apply?help=${benefit}`}>
            {t('portal.apply.button')}
          </Link>
        </li>
      </ol>
      <p>
        <button type="button" className="button secondary" onClick={onRestart}>
          {t('selfCheck.restart')}
        </button>
      </p>
    </>
  );
}

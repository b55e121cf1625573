import type { SelfCheckReason, Verdict } from '@ostoja/domain/self-checks/self-checks';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { Explanation } from './explanation.tsx';
import { useHelpForm, useHelpForms } from './queries.ts';
import type { PortalCheck } from './self-check-paths.ts';

/** Yes / no / maybe with its reason; or, where the check answers a price (the care fee), a headline. */
type Outcome =
  | { verdict: Verdict; reason: SelfCheckReason; headline?: never }
  | { headline: { title: string; text: string }; verdict?: never; reason?: never };

export type CheckAnswerProps = Outcome & {
  check: PortalCheck;
  amount?: number | null | undefined;
  /** The figures used: label and value, in the order read. */
  figures: [label: string, value: ReactNode][];
  explanation: { article: string; text: string }[];
};

/**
 * A portal self-check's answer: yes / no / maybe with the reason, the figures it used, how it was
 * worked out, and — from the centre's catalogue entry that points to this check — what to bring,
 * how to apply and the online form where there is one.
 */
export function CheckAnswer({
  check,
  verdict,
  reason,
  headline,
  amount,
  figures,
  explanation,
}: CheckAnswerProps) {
  const { t, money } = useI18n();
  const slug = useHelpForms().data?.items.find((h) => h.selfCheck === check)?.slug;
  const form = useHelpForm(slug).data;
  return (
    <section aria-labelledby="check-answer" className="check-answer">
      <h2 id="check-answer" tabIndex={-1}>
        {t('portalCheck.answer')}
      </h2>
      <div className={`answer ${verdict === 'no' ? 'no' : 'yes'}`}>
        <p className="answer-title">{headline ? headline.title : t(`portalCheck.verdict.${verdict}`)}</p>
        <p>{headline ? headline.text : t(`portalCheck.reason.${reason}`)}</p>
        {amount ? <p>{t('portalCheck.amount', { amount: money(amount) })}</p> : null}
        <p className="hint">{t(headline ? 'portalCheck.estimateFee' : 'portalCheck.estimate')}</p>
      </div>
      <h3>{t('portalCheck.figures')}</h3>
      <Details items={figures} />
      {explanation.length > 0 ? (
        <>
          <h3>{t('portalCheck.how')}</h3>
          <Explanation steps={explanation} />
        </>
      ) : null}
      {form ? (
        <>
          <h3>{t('portalCheck.bring')}</h3>
          <PlainText text={form.whatToBring} lang={form.lang} />
          <h3>{t('portalCheck.apply')}</h3>
          <PlainText text={form.howToApply} lang={form.lang} />
          <p>
            {form.onlineForm ? (
              <Link className="button primary" to={`/portal/apply?help=${form.onlineForm}`}>
                {t('portalCheck.applyOnline')}
              </Link>
            ) : null}{' '}
            <Link to={`/portal/help/${form.slug}`}>{t('portalCheck.more')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

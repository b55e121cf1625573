import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { Filed } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { CodeBox } from '../../components/kit/code-box.tsx';
import { usePageTitle } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import { type Chosen, ChosenFiles } from './attachments.tsx';

/** After filing: the reference and the code (shown only now), who will handle it, the files being sent. */
export function FiledView({ filed, files }: { filed: Filed; files: Chosen[] }) {
  const { t } = useI18n();
  usePageTitle(t('apply.filed.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const failed = files.some((f) => f.state === 'failed' || f.problem);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('apply.filed.title')}
        </h1>
      </div>
      <Alert kind="success">
        <p>{t('apply.filed.lead')}</p>
      </Alert>
      <CodeBox
        codes={[
          [t('apply.filed.reference'), filed.reference, 'intake-reference'],
          [t('apply.filed.code'), filed.code, 'intake-code'],
        ]}
        hint={t('apply.filed.codeHint')}
      />
      {files.length ? (
        <section aria-labelledby="filed-files">
          <h2 id="filed-files">{t('apply.section.files')}</h2>
          <ChosenFiles files={files} />
          {failed ? <p>{t('apply.filed.filesFailed')}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="filed-next">
        <h2 id="filed-next">{t('apply.filed.next')}</h2>
        {filed.servedBy ? (
          <>
            <p>{t('apply.filed.team', { team: filed.servedBy.fieldTeam })}</p>
            {filed.servedBy.office ? <OfficeCard office={filed.servedBy.office} heading="h3" /> : null}
          </>
        ) : (
          <p>{t('apply.filed.noTeam')}</p>
        )}
        <p>
          <Link to="/portal/apply/status">{t('apply.filed.statusLink')}</Link>
        </p>
      </section>
    </>
  );
}

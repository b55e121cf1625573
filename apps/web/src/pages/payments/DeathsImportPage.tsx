import { ImportDeaths } from '@ostoja/domain/payments/schemas';
import { useState } from 'react';
import { type DeathImport, paymentsApi } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { TextAreaField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';

/** The register's answer, with the lines as sent (to show each bad line beside its error). */
type ImportResult = DeathImport & { sent: string[] };

/**
 * Dates of death from the PESEL register, pasted as lines "PESEL;YYYY-MM-DD". Bad lines are
 * listed by number and do not stop the others; items of runs in review are flagged at once.
 */
export function DeathsImportPage() {
  const { t, tp } = useI18n();
  const [result, setResult] = useState<ImportResult | null>(null);
  const f = useEditForm({
    schema: ImportDeaths,
    defaultValues: { lines: '' },
    save: (body) => {
      setResult(null);
      return paymentsApi.importDeaths(body).then((r) => ({ ...r, sent: body.lines.split(/\r?\n/) }));
    },
    onSaved: setResult,
  });
  return (
    <Page
      title={t('deaths.title')}
      lead={t('deaths.lead')}
      actions={<ActionLink to="/payments">{t('run.back')}</ActionLink>}
    >
      <EditForm form={f} submitLabel={t('deaths.submit')} requiredNote={false}>
        <TextAreaField
          {...f.bind('lines')}
          label={t('deaths.lines')}
          hint={t('deaths.linesHint')}
          rows={8}
          spellCheck={false}
          className="mono"
          required
        />
      </EditForm>
      {result ? (
        <Section id="deaths-result" title={t('deaths.result')}>
          <Alert kind={result.errors.length ? 'warning' : 'success'} focus>
            <p>
              {t('deaths.summary', {
                imported: tp('deaths.count.records', result.imported),
                received: result.received,
              })}
            </p>
            {result.flagged ? <p>{tp('deaths.flagged', result.flagged)}</p> : null}
          </Alert>
          <Details
            items={[
              [t('deaths.received'), String(result.received)],
              [t('deaths.imported'), String(result.imported)],
              [t('deaths.matched'), tp('pay.count.persons', result.matchedPersons)],
              [t('deaths.flaggedLabel'), tp('pay.count.items', result.flagged)],
            ]}
          />
          {result.errors.length ? (
            <>
              <h3>{t('deaths.errors')}</h3>
              <ColumnTable
                caption={t('deaths.errors')}
                compact
                rows={result.errors}
                rowKey={(e) => e.line}
                columns={[
                  { key: 'line', header: t('deaths.line'), cell: (e) => e.line },
                  { key: 'problem', header: t('deaths.problem'), cell: (e) => e.message },
                  {
                    key: 'content',
                    header: t('deaths.content'),
                    className: 'mono',
                    cell: (e) => result.sent[e.line - 1],
                  },
                ]}
              />
            </>
          ) : null}
        </Section>
      ) : null}
    </Page>
  );
}

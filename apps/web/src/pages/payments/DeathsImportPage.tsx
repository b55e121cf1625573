import { ImportDeaths } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { Details, TextAreaField } from './shared.tsx';

interface ImportResult {
  importId: string;
  received: number;
  imported: number;
  matchedPersons: number;
  flagged: number;
  errors: { line: number; message: string }[];
  /** The lines as sent, to show each bad line beside its error. */
  sent: string[];
}

/**
 * Dates of death from the PESEL register, pasted as lines "PESEL;YYYY-MM-DD". Bad lines are
 * listed by number and do not stop the others; items of runs in review are flagged at once.
 */
export function DeathsImportPage() {
  const { t, tp, locale } = useI18n();
  const [lines, setLines] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(ImportDeaths, { lines }, locale);
    if (!v.ok) return invalid(v.errors);
    setResult(null);
    await run(async () => {
      const r = await api.post<Omit<ImportResult, 'sent'>>('/api/v1/death-register/imports', v.data);
      setResult({ ...r, sent: v.data.lines.split(/\r?\n/) });
    });
  }
  return (
    <Page
      title={t('deaths.title')}
      lead={t('deaths.lead')}
      actions={
        <Link to="/payments" className="button secondary">
          {t('run.back')}
        </Link>
      }
    >
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <TextAreaField
          id={fieldId('lines')}
          label={t('deaths.lines')}
          hint={t('deaths.linesHint')}
          value={lines}
          onValue={setLines}
          error={state.errors.lines}
          rows={8}
          spellCheck={false}
          className="mono"
          required
        />
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('deaths.submit')}
        </button>
      </form>
      {result ? (
        <section aria-labelledby="deaths-result-h">
          <h2 id="deaths-result-h">{t('deaths.result')}</h2>
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
              <DataTable caption={t('deaths.errors')} compact>
                <thead>
                  <tr>
                    <th scope="col">{t('deaths.line')}</th>
                    <th scope="col">{t('deaths.problem')}</th>
                    <th scope="col">{t('deaths.content')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.map((e) => (
                    <tr key={e.line}>
                      <td>{e.line}</td>
                      <td>{e.message}</td>
                      <td className="mono">{result.sent[e.line - 1]}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}

import { AddressLookupQuery } from '@ostoja/domain/org/address';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, withQuery } from '../../api/client.ts';
import type { OfficesAnswer, PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

interface Lookup {
  fieldTeam: PublicOffice;
  office: PublicOffice | null;
}

/** "Który ośrodek mnie obsługuje?": street and number → the field team, its office and hours. */
export function WhichOfficePage() {
  const { t, locale } = useI18n();
  const [street, setStreet] = useState('');
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<{ lookup: Lookup; openNow?: boolean } | null>(null);
  const { state, run, invalid } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFound(null);
    const query = { street, number };
    const v = validate(AddressLookupQuery, query, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const lookup = await api.get<Lookup>(withQuery('/api/v1/address-lookup', v.data));
      // "Open now" comes with the list of offices; the lookup itself gives the hours only.
      let openNow: boolean | undefined;
      try {
        const all = await api.get<OfficesAnswer>('/api/v1/portal/offices');
        openNow = all.offices.find((o) => o.id === lookup.office?.id)?.openNow;
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
      }
      setFound(openNow === undefined ? { lookup } : { lookup, openNow });
    });
  }

  return (
    <Page title={t('portal.which.title')} lead={t('portal.which.lead')}>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <search>
        <form onSubmit={submit} noValidate className="card">
          <div className="field-row">
            <TextField
              id={fieldId('street')}
              label={t('portal.which.street')}
              hint={t('portal.which.streetHint')}
              value={street}
              onValue={setStreet}
              error={state.errors.street}
              required
              className="wide"
            />
            <TextField
              id={fieldId('number')}
              label={t('portal.which.number')}
              value={number}
              onValue={setNumber}
              error={state.errors.number}
              required
              className="w-short"
            />
          </div>
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('portal.which.submit')}
          </button>
        </form>
      </search>
      <div aria-live="polite">
        {found ? (
          <section aria-labelledby="which-result">
            <h2 id="which-result">{t('portal.which.result')}</h2>
            <Alert kind="success">
              <p>
                {t('portal.which.team')}: <strong>{found.lookup.fieldTeam.name}</strong>
              </p>
            </Alert>
            {found.lookup.office ? (
              <OfficeCard office={found.lookup.office} heading="h3" openNow={found.openNow} />
            ) : (
              <p>{t('portal.which.noOffice')}</p>
            )}
            <p>
              <Link className="button primary" to="/portal/apply">
                {t('portal.apply.button')}
              </Link>
            </p>
          </section>
        ) : null}
      </div>
    </Page>
  );
}

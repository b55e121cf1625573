import { AddressLookupQuery } from '@ostoja/domain/org/address';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type AddressLookup, portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';

/** "Open now" comes with the list of offices; the lookup itself gives the hours only. */
async function openNow(officeId: string | undefined): Promise<boolean | undefined> {
  try {
    return (await portalApi.offices()).offices.find((o) => o.id === officeId)?.openNow;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return undefined;
  }
}

/** "Który ośrodek mnie obsługuje?": street and number → the field team, its office and hours. */
export function WhichOfficePage() {
  const { t } = useI18n();
  const [found, setFound] = useState<{ lookup: AddressLookup; openNow?: boolean | undefined } | null>(null);
  const f = useEditForm({
    schema: AddressLookupQuery,
    defaultValues: { street: '', number: '' },
    save: async (query) => {
      const lookup = await portalApi.addressLookup(query);
      return { lookup, openNow: await openNow(lookup.office?.id) };
    },
    onSaved: setFound,
  });

  return (
    <Page title={t('portal.which.title')} lead={t('portal.which.lead')}>
      <ErrorSummary errors={f.errors} message={f.message} version={f.attempt} />
      <search>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFound(null);
            f.submit();
          }}
          noValidate
          className="card"
        >
          <div className="field-row">
            <TextField
              {...f.bind('street')}
              label={t('portal.which.street')}
              hint={t('portal.which.streetHint')}
              required
              className="wide"
            />
            <TextField {...f.bind('number')} label={t('portal.which.number')} required className="w-short" />
          </div>
          <button type="submit" className="button primary" disabled={f.busy}>
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

import { CreateLargeFamilyCardApplication } from '@ostoja/domain/family-benefits/large-family-card-api';
import type { Household } from '@ostoja/domain/registry/household';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, DateField, fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { ApplicantFieldset, useRegistryFamily } from '../family-benefits/member-income.tsx';
import { useKdrChanged } from './queries.ts';

interface Member {
  personId: string;
  name: string;
  role: 'parent' | 'child' | 'none';
  childrenEver: string;
  deprivedOfAuthority: boolean;
  inSchool: boolean;
  schoolUntil: string;
  disability: boolean;
  disabilityUntil: string;
  electronic: boolean;
}
interface Values {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  members: Member[];
}

const PARENTS = ['applicant', 'spouse', 'partner'];
// Stable, for the registry picker: the household's parents and children are in the application.
const membersOf = (h: Household): Member[] =>
  h.members.map((m) => ({
    personId: m.id,
    name: `${m.firstName} ${m.surname}`,
    role: m.relation === 'child' ? 'child' : PARENTS.includes(m.relation) ? 'parent' : 'none',
    childrenEver: '',
    deprivedOfAuthority: false,
    inSchool: false,
    schoolUntil: '',
    disability: false,
    disabilityUntil: '',
    electronic: false,
  }));

function toBody(v: Values, onlineApplicationId: string | null): CreateLargeFamilyCardApplication {
  return {
    onlineApplicationId,
    householdId: v.householdId,
    applicantId: v.applicantId,
    submittedOn: v.submittedOn,
    members: v.members.flatMap((m) =>
      m.role === 'none'
        ? []
        : [
            {
              personId: m.personId,
              role: m.role,
              ...(m.childrenEver.trim() ? { childrenEver: Number(m.childrenEver) } : {}),
              deprivedOfAuthority: m.deprivedOfAuthority,
              schoolUntil: m.role === 'child' && m.inSchool ? m.schoolUntil : null,
              disability: m.role === 'child' && m.disability ? { until: m.disabilityUntil || null } : null,
              electronic: m.electronic,
            },
          ],
    ),
  };
}

/** The clerk enters a family's application: who is a parent, who a child in school or with a disability. */
export function NewApplicationPage() {
  const { t, tk } = useI18n();
  const navigate = useNavigate();
  const changed = useKdrChanged();
  // Registering an application filed on the portal: it is marked registered with this one.
  const [params] = useSearchParams();
  const online = params.get('online');
  const f = useEditForm({
    schema: CreateLargeFamilyCardApplication,
    defaultValues: { householdId: '', applicantId: '', submittedOn: todayIso(), members: [] } as Values,
    toBody: (v) => toBody(v, online),
    save: largeFamilyCardsApi.create,
    onSaved: (a) => {
      changed();
      navigate(`/large-family-cards/${a.id}`);
    },
  });
  const family = useRegistryFamily(f.form, membersOf);
  const v = f.values;
  const set = (path: string, value: unknown) => f.form.setValue(path as never, value as never);
  // The request lists only parents and children: its index of a member skips the others.
  const listed = v.members.filter((m) => m.role !== 'none');
  const at = (m: Member) => listed.indexOf(m);
  // A member's field: the value at its place in the form, the id and error at its place in the request.
  const bindAt = (
    m: Member,
    i: number,
    k: 'childrenEver' | 'schoolUntil' | 'disabilityUntil',
    body: string = k,
  ) => f.bind(`members.${i}.${k}`, `members.${at(m)}.${body}`);
  const tickAt = (
    m: Member,
    i: number,
    k: 'deprivedOfAuthority' | 'inSchool' | 'disability' | 'electronic',
  ) => ({
    id: fieldId(`members.${at(m)}.${k}`),
    checked: m[k],
    onChecked: (x: boolean) => set(`members.${i}.${k}`, x),
  });
  return (
    <Page title={t('kdr.new')} lead={t('kdr.lead')}>
      {online ? (
        <p className="hint">{t('kdrOnline.registering', { reference: params.get('ref') ?? '' })}</p>
      ) : null}
      <EditForm form={f} submitLabel={t('kdr.submit')} onCancel={() => navigate('/large-family-cards')}>
        <ApplicantFieldset
          legend={t('kdr.applicant')}
          family={family}
          error={f.errors.applicantId ?? f.errors.householdId ?? f.errors.members}
        />
        <TextField {...f.bind('submittedOn')} label={t('kdr.submittedOn')} type="date" required />
        {v.members.map((m, i) =>
          m.role === 'none' ? null : (
            <fieldset key={m.personId}>
              <legend>
                {m.name} ({tk('kdr.role', m.role)})
              </legend>
              {m.role === 'parent' ? (
                <>
                  <TextField
                    {...bindAt(m, i, 'childrenEver')}
                    label={t('kdr.childrenEver')}
                    inputMode="numeric"
                  />
                  <CheckboxField {...tickAt(m, i, 'deprivedOfAuthority')} label={t('kdr.deprived')} />
                </>
              ) : (
                <>
                  <CheckboxField {...tickAt(m, i, 'inSchool')} label={t('kdr.inSchool')} />
                  {m.inSchool ? (
                    <DateField {...bindAt(m, i, 'schoolUntil')} label={t('kdr.schoolUntil')} />
                  ) : null}
                  <CheckboxField {...tickAt(m, i, 'disability')} label={t('kdr.disability')} />
                  {m.disability ? (
                    <TextField
                      {...bindAt(m, i, 'disabilityUntil', 'disability.until')}
                      label={t('kdr.disabilityUntil')}
                      type="date"
                    />
                  ) : null}
                </>
              )}
              <CheckboxField {...tickAt(m, i, 'electronic')} label={t('kdr.wantsElectronic')} />
            </fieldset>
          ),
        )}
      </EditForm>
    </Page>
  );
}

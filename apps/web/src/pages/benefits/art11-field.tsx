import type { Errors } from '../../lib/forms.ts';
import { Art11Ground } from '../social-work/art11-ground.tsx';

/** A decision form with the art. 11 ground (`art11ContractId`) and a justification at `reason`. */
interface Art11Form<R extends string> {
  values: { art11ContractId: string | null } & Record<R, string>;
  errors: Errors;
  set: {
    (k: 'art11ContractId'): (contractId: string | null) => void;
    (k: R): (text: string) => void;
  };
}

/** `Art11Ground` on a form: the contract chosen and the justification it drafts are the form's values. */
export function Art11Field<R extends string>({
  personId,
  f,
  reason,
  idPrefix,
}: {
  personId: string;
  f: Art11Form<R>;
  reason: R;
  idPrefix?: string;
}) {
  return (
    <Art11Ground
      personId={personId}
      idPrefix={idPrefix}
      value={f.values.art11ContractId}
      error={f.errors.art11ContractId}
      onContract={f.set('art11ContractId')}
      reason={f.values[reason]}
      onReason={f.set(reason)}
    />
  );
}

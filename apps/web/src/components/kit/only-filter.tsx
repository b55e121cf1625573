import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { KeyPrefix } from '../../i18n/keys.ts';
import { SelectField } from '../fields.tsx';

/**
 * A list's filter narrowing it to some of its records (the outstanding funerals, the rights in force)
 * or showing all: whether it narrows, and the select (id `${prefix}-filter`) to put above the list.
 * The select's label is the text of `${prefix}.list` (the list's caption), its options' texts are
 * `${prefix}.${only}Only` and `${prefix}.all`; the option chosen at first is listed first.
 */
export function useOnlyFilter(prefix: KeyPrefix, only: string, initial: boolean): [boolean, ReactNode] {
  const { tk } = useI18n();
  const [narrowed, setNarrowed] = useState(initial);
  const options = [
    { value: only, label: tk(prefix, `${only}Only`) },
    { value: 'all', label: tk(prefix, 'all') },
  ];
  const select = (
    <SelectField
      id={`${prefix}-filter`}
      label={tk(prefix, 'list')}
      value={narrowed ? only : 'all'}
      onValue={(x) => setNarrowed(x === only)}
      options={initial ? options : options.reverse()}
    />
  );
  return [narrowed, select];
}

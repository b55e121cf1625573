import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { todayIso } from '../../lib/format.ts';

/** The month a schedule or bill screen shows, and its field; a cleared field keeps the last month. */
export function useMonthField(id: string, initial = todayIso().slice(0, 7)) {
  const { t } = useI18n();
  const [month, setMonth] = useState(initial);
  const field = <MonthField id={id} label={t('sch.month')} value={month} onValue={(m) => m && setMonth(m)} />;
  return [month, field] as const;
}

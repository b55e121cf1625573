import { type Locale, t } from '@ostoja/domain/i18n/index';
import { deceasedFlags } from '@ostoja/domain/payments/flags';
import { checkPesel, decodePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { isoDate } from '@ostoja/domain/shared/validation';
import type { StaffContext } from '../../http/context.ts';
import * as registryRepo from '../registry/repo.ts';
import * as flagsRepo from './flags-repo.ts';

// Import of death records from the PESEL register: lines "PESEL;YYYY-MM-DD". Items of runs
// still in review whose recipient died by the end of the month paid are flagged at once.

interface LineError {
  line: number;
  message: string;
}

/** Parses the register's lines; a bad line is reported with its number and does not stop the rest. */
export function parseDeathLines(text: string, locale: Locale, today = todayInPoland()) {
  const records = new Map<string, string>();
  const errors: LineError[] = [];
  let received = 0;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    received++;
    const [pesel = '', date = ''] = line.split(/[;,\t ]+/);
    const fail = (key: string) => errors.push({ line: i + 1, message: t(locale, key) });
    if (checkPesel(pesel) !== null) {
      fail('validation.payments.deaths.pesel');
      continue;
    }
    const valid = isoDate.safeParse(date).success;
    if (!valid || date > today || date < decodePesel(pesel)!.birthDate) {
      fail('validation.payments.deaths.date');
      continue;
    }
    records.set(pesel, date);
  }
  return { records, errors, received };
}

export async function importDeaths(ctx: StaffContext, text: string) {
  const { records, errors, received } = parseDeathLines(text, ctx.locale);
  const pesels = [...records.keys()];
  const importId = await flagsRepo.insertDeathImport(
    ctx.q,
    ctx.actor.id,
    received,
    records.size,
    errors.length,
  );
  await flagsRepo.recordDeaths(
    ctx.q,
    importId,
    pesels,
    pesels.map((p) => records.get(p)!),
  );
  const matched = await registryRepo.countWithPesel(ctx.q, pesels);
  const pending = await flagsRepo.pendingItemsOf(ctx.q, pesels);
  let flagged = 0;
  for (const runId of new Set(pending.map((i) => i.runId)))
    flagged += await flagsRepo.insertFlags(
      ctx.q,
      runId,
      deceasedFlags(
        pending.filter((i) => i.runId === runId),
        records,
      ),
    );
  await ctx.audit({
    action: 'import',
    entity: 'deathRegister',
    entityId: importId,
    details: { received, imported: records.size, invalid: errors.length, flagged },
  });
  return {
    importId,
    received,
    imported: records.size,
    matchedPersons: matched,
    flagged,
    errors: errors.slice(0, 200),
  };
}

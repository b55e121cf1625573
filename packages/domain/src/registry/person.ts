import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { checkPesel, decodePesel } from '../shared/pesel.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import {
  email,
  isoDate,
  optionalText,
  phone,
  postalCode,
  text,
  todayInPoland,
  trimmed,
  version,
} from '../shared/validation.ts';
import { UkrStatusFields } from './ukr-status.ts';

export const SEXES = ['F', 'M'] as const;
export const MIN_BIRTH_DATE = '1800-01-01';
export const DOCUMENT_TYPES = ['idCard', 'passport', 'residenceCard', 'diiaDocument', 'other'] as const;

const emptyToNull = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), s.nullish());

export const AddressInput = z.object({
  street: optionalText(120),
  building: optionalText(20),
  apartment: optionalText(20),
  postalCode: emptyToNull(postalCode),
  city: optionalText(80),
});
export type AddressInput = z.infer<typeof AddressInput>;

/**
 * A person in the registry. With a PESEL, the birth date and sex are read from it (and must agree
 * when given); without one (e.g. a citizen of Ukraine) citizenship and an identity document are required.
 */
export const PersonInput = z
  .object({
    // Checked on the field itself, so a wrong PESEL is reported together with any other mistake.
    pesel: emptyToNull(
      z
        .string()
        .trim()
        .superRefine((pesel, ctx) => {
          const problem = checkPesel(pesel);
          if (problem) ctx.addIssue({ code: 'custom', message: `validation.pesel.${problem}` });
          else if (decodePesel(pesel)!.birthDate > todayInPoland())
            ctx.addIssue({ code: 'custom', message: 'validation.pesel.future' });
        }),
    ),
    firstName: trimmed(60),
    secondName: optionalText(60),
    surname: trimmed(80),
    birthDate: emptyToNull(isoDate),
    sex: emptyToNull(z.enum(SEXES)),
    citizenship: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'validation.citizenship')
      .default('PL'),
    documentType: emptyToNull(z.enum(DOCUMENT_TYPES)),
    documentNumber: optionalText(40),
    phone: emptyToNull(phone),
    email: emptyToNull(email),
    ...AddressInput.shape,
  })
  .superRefine((p, ctx) => {
    const today = todayInPoland();
    if (p.pesel) {
      const info = decodePesel(p.pesel);
      if (!info) return; // reported on the field
      if (p.birthDate && p.birthDate !== info.birthDate)
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'validation.pesel.mismatchBirthDate' });
      if (p.sex && p.sex !== info.sex)
        ctx.addIssue({ code: 'custom', path: ['sex'], message: 'validation.pesel.mismatchSex' });
      return;
    }
    for (const field of ['birthDate', 'sex', 'documentType', 'documentNumber'] as const)
      if (!p[field])
        ctx.addIssue({ code: 'custom', path: [field], message: 'validation.withoutPesel.required' });
    // The oldest date a PESEL can encode; later than today is a typo (e.g. 2087 for 1987).
    if (p.birthDate && (p.birthDate < MIN_BIRTH_DATE || p.birthDate > today))
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: `validation.birthDate.range?min=${MIN_BIRTH_DATE}&max=${today}`,
      });
  })
  .transform((p) => {
    const info = p.pesel ? decodePesel(p.pesel) : null;
    return { ...p, birthDate: info?.birthDate ?? p.birthDate!, sex: info?.sex ?? p.sex! };
  });
export type PersonInput = z.input<typeof PersonInput>;
export type PersonData = z.output<typeof PersonInput>;

export const CreatePerson = z.object({
  person: PersonInput,
  /** Set after the user saw the "same name and birth date" warning and confirmed. */
  confirmDuplicate: z.boolean().default(false),
});

/** Merging a duplicate record into the one kept (decision 0015). */
export const MergePerson = z.object({ intoId: z.uuid() });

export const UpdatePerson = z.object({
  person: PersonInput,
  version,
  confirmDuplicate: z.boolean().default(false),
});

// Responses. Types are what the API sends (z.input: timestamps are ISO strings on the wire).

export const Address = z.object({
  street: z.string().nullable(),
  building: z.string().nullable(),
  apartment: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
});
export type Address = z.input<typeof Address>;

/** A person as lists and pickers show them; the address is the household's when they have one. */
export const PersonSummary = z.object({
  id: z.uuid(),
  pesel: z.string().nullable(),
  firstName: z.string(),
  surname: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  householdId: z.uuid().nullable(),
  street: z.string().nullable(),
  building: z.string().nullable(),
  apartment: z.string().nullable(),
  city: z.string().nullable(),
});
export type PersonSummary = z.input<typeof PersonSummary>;

export const Person = PersonSummary.extend({
  ...Address.shape,
  secondName: z.string().nullable(),
  citizenship: z.string(),
  documentType: z.enum(DOCUMENT_TYPES).nullable(),
  documentNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** The UKR status of the PESEL (act of 12.03.2022); set and its history through /persons/:id/ukr-status. */
  ...UkrStatusFields.shape,
});
export type Person = z.input<typeof Person>;

/** One page of a person search. */
export const PersonSearchPage = cursorPage(PersonSummary);
export type PersonSearchPage = z.input<typeof PersonSearchPage>;

export const PersonSearchQuery = z
  .object({
    q: text(100).min(2),
  })
  .extend(pageQuery(100, 25).shape);

/** One event of a person's history across the centre (GET /persons/:id/history), newest first. */
export const PersonHistoryEvent = z.object({
  kind: z.enum(['application', 'visit', 'decision', 'payment', 'procedure']),
  id: z.uuid(),
  on: z.string(),
  /** What opens the event: the application (application, visit, decision), the payment item, the procedure. */
  refId: z.uuid(),
  number: z.string().nullable(),
  benefit: z.string().nullable(),
  status: z.string().nullable(),
  amount: z.number().int().nullable(),
  detail: z.string().nullable(),
});
export type PersonHistoryEvent = z.input<typeof PersonHistoryEvent>;
export const PersonHistoryPage = cursorPage(PersonHistoryEvent);
export type PersonHistoryPage = z.input<typeof PersonHistoryPage>;

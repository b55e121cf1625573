interface AddressLike {
  street?: string | null;
  building?: string | null;
  apartment?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

/** "Helenowska 5/3, 05-800 Pruszków" — the parts that are known. */
export function formatAddress(a: AddressLike): string {
  const number = [a.building, a.apartment].filter(Boolean).join('/');
  const line1 = [a.street, number].filter(Boolean).join(' ');
  const line2 = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ');
}

export function fullName(p: { firstName: string; secondName?: string | null; surname: string }): string {
  return [p.firstName, p.secondName, p.surname].filter(Boolean).join(' ');
}

/** Registry order: surname first. */
export function listName(p: { firstName: string; surname: string }): string {
  return `${p.surname} ${p.firstName}`;
}

export const todayIso = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

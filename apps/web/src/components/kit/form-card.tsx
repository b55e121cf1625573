import type { ComponentProps, ReactNode } from 'react';
import { Alert } from '../feedback.tsx';
import { EditForm } from './edit-form.tsx';

/**
 * An edit form in a card of its own: the card is named by its heading (an <h2>, or an <h3> inside
 * a section of the page), `lead` stands between the heading and the form (a hint, a success note),
 * then the kit's edit form with the rest of the props.
 */
export function FormCard({
  headingId,
  title,
  level = 2,
  lead,
  ...form
}: ComponentProps<typeof EditForm> & {
  /** The heading's id, which names the card. */
  headingId: string;
  title: ReactNode;
  level?: 2 | 3;
  lead?: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {lead}
      <EditForm {...form} />
    </section>
  );
}

/** A card form's lead: what the form is for, then what the last save did (until the next one). */
export function FormLead({ text, done }: { text: string; done?: string | null | false }) {
  return (
    <>
      <p>{text}</p>
      {done ? <Alert kind="success">{done}</Alert> : null}
    </>
  );
}

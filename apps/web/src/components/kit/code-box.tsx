import { Fragment } from 'react';

/** A code the resident keeps: what it is, the code itself, and the id the browser tests find it by. */
export type ShownCode = [label: string, code: string, testId: string];

/** The box showing the codes a resident is given only once (a reference, a booking's code), then a hint. */
export function CodeBox({ codes, hint }: { codes: ShownCode[]; hint: string }) {
  return (
    <div className="code-box">
      {codes.map(([label, code, testId]) => (
        <Fragment key={testId}>
          <p>{label}</p>
          <strong className="code" data-testid={testId}>
            {code}
          </strong>
        </Fragment>
      ))}
      <p>{hint}</p>
    </div>
  );
}

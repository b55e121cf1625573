/** The first link of a frame (staff or portal): straight to the page's content, for keyboards. */
export const SkipLink = ({ label }: { label: string }) => (
  <a className="skip-link" href="#main">
    {label}
  </a>
);

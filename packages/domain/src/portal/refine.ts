/**
 * Runs an object's cross-field check even when some of its fields are invalid, so that a resident
 * sees every mistake of the form at once (WCAG 3.3.1) rather than one more after each attempt.
 * The check must then tolerate malformed values.
 */
export const alongsideFieldErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

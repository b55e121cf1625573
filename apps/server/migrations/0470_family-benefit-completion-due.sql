-- The clerk's home page lists the incomplete family benefit applications by the day their call
-- to complete runs out: a small partial index keeps that read off the whole table.
CREATE INDEX family_benefit_application_completion_due_idx
  ON family_benefit_application (completion_due, id) WHERE status = 'incomplete';
COMMENT ON INDEX family_benefit_application_completion_due_idx IS
  'Incomplete applications by the last day of their call to complete (wezwanie), for the clerk''s home page.';

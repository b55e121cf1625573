-- One name per benefit (docs/glossary.md): a form of help points to its self-check by the
-- benefit's own id (zasilekStaly, zasilekOkresowy), as applications and decisions name it,
-- not by a second, hyphenated spelling. Slugs (the page addresses) stay as they are.
UPDATE portal_help_form
   SET self_check = CASE self_check
                      WHEN 'zasilek-staly' THEN 'zasilekStaly'
                      WHEN 'zasilek-okresowy' THEN 'zasilekOkresowy'
                    END
 WHERE self_check IN ('zasilek-staly', 'zasilek-okresowy');
ALTER TABLE portal_help_form
  ADD CONSTRAINT portal_help_form_self_check_check CHECK (self_check IN ('zasilekStaly', 'zasilekOkresowy'));
COMMENT ON COLUMN portal_help_form.self_check IS 'The public calculator that applies, by the benefit''s id ("zasilekStaly", "zasilekOkresowy"), if any.';

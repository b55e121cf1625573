-- The catalogue of the forms of help says how to apply: the online form where the centre accepts
-- one (online_form), otherwise where and when (texts.howToApply); the family benefits calculator
-- joins the self-checks a form may point to.
ALTER TABLE portal_help_form ADD COLUMN online_form text;
COMMENT ON COLUMN portal_help_form.online_form IS 'The online form that takes the application: a kind of help of the online application for help (zasilekCelowy, meals, careServices…, preselected there) or largeFamilyCard; NULL: in person or by post (texts.howToApply says where and when).';
ALTER TABLE portal_help_form DROP CONSTRAINT portal_help_form_self_check_check;
ALTER TABLE portal_help_form
  ADD CONSTRAINT portal_help_form_self_check_check CHECK (self_check IN ('zasilekStaly', 'zasilekOkresowy', 'familyBenefits'));
COMMENT ON COLUMN portal_help_form.self_check IS 'The public self-check that applies, if any: "zasilekStaly" or "zasilekOkresowy" (the social assistance calculator), "familyBenefits" (the family benefits calculator, with the Karta Dużej Rodziny).';
COMMENT ON COLUMN portal_help_form.texts IS '{"pl":{title,summary,description,eligibility,whatToBring,howToApply?},"uk":{...},"en":{...}}; Polish required, others optional (Polish served instead).';
-- Forms already published keep the online application they linked to before.
UPDATE portal_help_form SET online_form = CASE slug
    WHEN 'zasilek-okresowy' THEN 'zasilekOkresowy'
    WHEN 'zasilek-staly' THEN 'zasilekStaly'
    WHEN 'zasilek-celowy' THEN 'zasilekCelowy'
    WHEN 'schronienie' THEN 'shelter'
    WHEN 'przemoc-domowa' THEN 'crisisIntervention'
    WHEN 'poradnictwo-specjalistyczne' THEN 'counselling'
  END
 WHERE slug IN ('zasilek-okresowy', 'zasilek-staly', 'zasilek-celowy', 'schronienie',
                'przemoc-domowa', 'poradnictwo-specjalistyczne');

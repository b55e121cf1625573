-- The portal's self-check of the care-services fee ("how much would I pay an hour?") joins those a
-- form of help may point to; the centre's form of care services points to it.
ALTER TABLE portal_help_form DROP CONSTRAINT portal_help_form_self_check_check;
ALTER TABLE portal_help_form
  ADD CONSTRAINT portal_help_form_self_check_check CHECK (self_check IN (
    'zasilekStaly', 'zasilekOkresowy', 'familyBenefits', 'meals', 'foodAid', 'alimonyFund', 'housingAllowance',
    'careFee'));
COMMENT ON COLUMN portal_help_form.self_check IS 'The public self-check that applies, if any: "zasilekStaly" or "zasilekOkresowy" (the social assistance calculator), "familyBenefits" (the family benefits calculator, with the Karta Dużej Rodziny), "meals", "foodAid", "alimonyFund", "housingAllowance" (the portal''s self-checks of those forms of help), "careFee" (the portal''s estimate of the care-services fee for an hour).';
-- The care services' form, unless the centre has pointed it elsewhere, gets its self-check.
UPDATE portal_help_form SET self_check = 'careFee'
 WHERE self_check IS NULL AND slug = 'uslugi-opiekuncze';

-- The portal's self-checks of meals, FEPŻ food aid, the alimony fund and the housing allowance
-- join those a form of help may point to; the centre's forms by those names point to them.
ALTER TABLE portal_help_form DROP CONSTRAINT portal_help_form_self_check_check;
ALTER TABLE portal_help_form
  ADD CONSTRAINT portal_help_form_self_check_check CHECK (self_check IN (
    'zasilekStaly', 'zasilekOkresowy', 'familyBenefits', 'meals', 'foodAid', 'alimonyFund', 'housingAllowance'));
COMMENT ON COLUMN portal_help_form.self_check IS 'The public self-check that applies, if any: "zasilekStaly" or "zasilekOkresowy" (the social assistance calculator), "familyBenefits" (the family benefits calculator, with the Karta Dużej Rodziny), "meals", "foodAid", "alimonyFund", "housingAllowance" (the portal''s self-checks of those forms of help).';
-- Forms the centre has not pointed elsewhere get their self-check.
UPDATE portal_help_form SET self_check = CASE slug
    WHEN 'posilek-w-szkole-i-w-domu' THEN 'meals'
    WHEN 'pomoc-zywnosciowa' THEN 'foodAid'
    WHEN 'fundusz-alimentacyjny' THEN 'alimonyFund'
    WHEN 'dodatek-mieszkaniowy' THEN 'housingAllowance'
  END
 WHERE self_check IS NULL
   AND slug IN ('posilek-w-szkole-i-w-domu', 'pomoc-zywnosciowa', 'fundusz-alimentacyjny', 'dodatek-mieszkaniowy');

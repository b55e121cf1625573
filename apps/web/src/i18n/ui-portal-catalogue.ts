import { messages } from '@ostoja/domain/i18n/types';

// The catalogue of the forms of help: how to apply (online or where and when) on the public page,
// and the editor's fields for it. Registered with the portal's reading pages (pages/portal/strings.ts).
export const uiPortalCatalogue = messages({
  pl: {
    'selfCheck.benefit.familyBenefits': 'Świadczenia rodzinne i Karta Dużej Rodziny',
    'selfCheck.benefit.meals': 'Posiłek w szkole i w domu',
    'selfCheck.benefit.foodAid': 'Pomoc żywnościowa (FEPŻ)',
    'selfCheck.benefit.alimonyFund': 'Fundusz alimentacyjny',
    'selfCheck.benefit.housingAllowance': 'Dodatek mieszkaniowy',
    'selfCheck.benefit.careFee': 'Usługi opiekuńcze — ile zapłacę za godzinę',
    'content.help.f.howToApply': 'Jak złożyć wniosek (gdzie i kiedy)',
    'content.help.onlineForm': 'Formularz internetowy',
    'content.help.onlineForm.largeFamilyCard': 'Wniosek o Kartę Dużej Rodziny',
  },
  uk: {
    'selfCheck.benefit.familyBenefits': 'Сімейні виплати та Карта великої родини',
    'selfCheck.benefit.meals': 'Харчування в школі та вдома',
    'selfCheck.benefit.foodAid': 'Продовольча допомога (FEPŻ)',
    'selfCheck.benefit.alimonyFund': 'Аліментний фонд',
    'selfCheck.benefit.housingAllowance': 'Житлова допомога',
    'selfCheck.benefit.careFee': 'Доглядові послуги — скільки я заплачу за годину',
    'content.help.f.howToApply': 'Як подати заяву (де й коли)',
    'content.help.onlineForm': 'Онлайн-форма',
    'content.help.onlineForm.largeFamilyCard': 'Заява на Карту великої родини',
  },
  en: {
    'selfCheck.benefit.familyBenefits': 'Family benefits and the Large Family Card',
    'selfCheck.benefit.meals': 'Meals at school and at home',
    'selfCheck.benefit.foodAid': 'Food aid (FEPŻ)',
    'selfCheck.benefit.alimonyFund': 'Alimony fund',
    'selfCheck.benefit.housingAllowance': 'Housing allowance',
    'selfCheck.benefit.careFee': 'Care services — how much would I pay an hour',
    'content.help.f.howToApply': 'How to apply (where and when)',
    'content.help.onlineForm': 'Online form',
    'content.help.onlineForm.largeFamilyCard': 'Large Family Card application',
  },
});

import { messages } from '@ostoja/domain/i18n/types';

// The catalogue of the forms of help: how to apply (online or where and when) on the public page,
// and the editor's fields for it. Registered with the portal's reading pages (pages/portal/strings.ts).
export const uiPortalCatalogue = messages({
  pl: {
    'selfCheck.benefit.familyBenefits': 'Świadczenia rodzinne i Karta Dużej Rodziny',
    'content.help.f.howToApply': 'Jak złożyć wniosek (gdzie i kiedy)',
    'content.help.onlineForm': 'Formularz internetowy',
    'content.help.onlineForm.largeFamilyCard': 'Wniosek o Kartę Dużej Rodziny',
  },
  uk: {
    'selfCheck.benefit.familyBenefits': 'Сімейні виплати та Карта великої родини',
    'content.help.f.howToApply': 'Як подати заяву (де й коли)',
    'content.help.onlineForm': 'Онлайн-форма',
    'content.help.onlineForm.largeFamilyCard': 'Заява на Карту великої родини',
  },
  en: {
    'selfCheck.benefit.familyBenefits': 'Family benefits and the Large Family Card',
    'content.help.f.howToApply': 'How to apply (where and when)',
    'content.help.onlineForm': 'Online form',
    'content.help.onlineForm.largeFamilyCard': 'Large Family Card application',
  },
});

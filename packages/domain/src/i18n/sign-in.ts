import { messages } from './types.ts';

// Two-factor sign-in and breached passwords: the server's messages, the login's code step and the
// menu entry (the Account security screen's own strings are in ui-account.ts).
export const signIn = messages({
  pl: {
    'error.totpRequired': 'Podaj kod z aplikacji uwierzytelniającej.',
    'error.badCode': 'Nieprawidłowy kod.',
    'error.totpEnrolmentRequired':
      'Twoja rola wymaga logowania dwuskładnikowego. Włącz je na stronie „Bezpieczeństwo konta”.',
    'error.totpAlreadyOn': 'Logowanie dwuskładnikowe jest już włączone.',
    'error.totpNotStarted': 'Najpierw rozpocznij konfigurację aplikacji uwierzytelniającej.',
    'error.totpNotOn': 'Logowanie dwuskładnikowe nie jest włączone.',
    'error.totpRequiredByRole': 'Twoja rola wymaga logowania dwuskładnikowego — nie można go wyłączyć.',
    'validation.totp.format': 'Wpisz 6 cyfr kodu z aplikacji.',
    'validation.totp.wrong': 'Kod jest nieprawidłowy, wygasł albo został już użyty.',
    'validation.password.breached':
      'To hasło występuje na liście haseł ujawnionych w wyciekach — wybierz inne.',
    'login.code': 'Kod z aplikacji lub kod zapasowy',
    'login.codeLead':
      'Hasło jest poprawne. Wpisz 6-cyfrowy kod z aplikacji uwierzytelniającej albo jeden z kodów zapasowych.',
    'nav.account': 'Bezpieczeństwo konta',
  },
  uk: {
    'error.totpRequired': 'Введіть код із застосунку автентифікації.',
    'error.badCode': 'Неправильний код.',
    'error.totpEnrolmentRequired':
      'Ваша роль вимагає двофакторного входу. Увімкніть його на сторінці «Безпека облікового запису».',
    'error.totpAlreadyOn': 'Двофакторний вхід уже ввімкнено.',
    'error.totpNotStarted': 'Спочатку почніть налаштування застосунку автентифікації.',
    'error.totpNotOn': 'Двофакторний вхід не ввімкнено.',
    'error.totpRequiredByRole': 'Ваша роль вимагає двофакторного входу — його не можна вимкнути.',
    'validation.totp.format': 'Введіть 6 цифр коду із застосунку.',
    'validation.totp.wrong': 'Код неправильний, застарів або вже використаний.',
    'validation.password.breached': 'Цей пароль є у списку паролів, що витекли, — виберіть інший.',
    'login.code': 'Код із застосунку або резервний код',
    'login.codeLead':
      'Пароль правильний. Введіть 6-значний код із застосунку автентифікації або один із резервних кодів.',
    'nav.account': 'Безпека облікового запису',
  },
  en: {
    'error.totpRequired': 'Enter the code from your authenticator app.',
    'error.badCode': 'Wrong code.',
    'error.totpEnrolmentRequired':
      'Your role requires two-factor sign-in. Turn it on on the "Account security" page.',
    'error.totpAlreadyOn': 'Two-factor sign-in is already on.',
    'error.totpNotStarted': 'Start setting up the authenticator app first.',
    'error.totpNotOn': 'Two-factor sign-in is not on.',
    'error.totpRequiredByRole': 'Your role requires two-factor sign-in; it cannot be turned off.',
    'validation.totp.format': 'Type the 6 digits of the code from the app.',
    'validation.totp.wrong': 'The code is wrong, expired or already used.',
    'validation.password.breached':
      'This password is on the list of passwords exposed in breaches; choose another.',
    'login.code': 'Code from the app or a recovery code',
    'login.codeLead':
      'The password is right. Type the 6-digit code from your authenticator app or one of your recovery codes.',
    'nav.account': 'Account security',
  },
});

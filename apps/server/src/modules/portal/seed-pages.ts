// Demo news, announcement, accessibility statement and contact page (seed 001: consultants'
// duty hours, volunteers helping seniors with shopping; seed 002: the duty of digital
// accessibility). The statement follows the structure of the model statement for public bodies
// (ustawa z 4.04.2019 o dostępności cyfrowej); its facts are the demo centre's, to be replaced.

export const DEMO_NEWS = [
  {
    kind: 'news' as const,
    pinned: false,
    texts: {
      pl: {
        title: 'Dyżury konsultantów w Punkcie Przeciwdziałania Przemocy',
        summary:
          'Bezpłatne porady konsultanta ds. przemocy, prawnika, konsultanta ds. uzależnień i psychologa przy ul. Jasnej 3.',
        body: 'Zapraszamy do Punktu Przeciwdziałania Przemocy przy ul. Jasnej 3.\n\n- konsultant ds. przeciwdziałania przemocy: wtorki i środy 12:00–16:00\n- prawnik: czwartki 8:00–12:00\n- konsultant ds. przeciwdziałania narkomanii: piątki 11:00–16:00\n- psycholog: poniedziałki, środy i piątki 9:00–13:00; w lipcu i sierpniu wyłącznie dyżur telefoniczny pod numerem 500 135 649\n\nTermin zarezerwujesz przez internet w zakładce „Poradnictwo” albo telefonicznie: 22 728-44-97.',
      },
      uk: {
        title: 'Чергування консультантів у Пункті протидії насильству',
        summary:
          'Безкоштовні консультації з питань насильства, юриста, консультанта з питань залежностей і психолога на вул. Ясній, 3.',
        body: 'Запрошуємо до Пункту протидії насильству на вул. Ясній, 3.\n\n- консультант з питань протидії насильству: вівторки та середи 12:00–16:00\n- юрист: четверги 8:00–12:00\n- консультант з питань протидії наркоманії: пʼятниці 11:00–16:00\n- психолог: понеділки, середи та пʼятниці 9:00–13:00; у липні та серпні — лише телефонне чергування за номером 500 135 649\n\nЧас можна забронювати онлайн у розділі «Консультації» або телефоном: 22 728-44-97.',
      },
      en: {
        title: 'Consultants’ duty hours at the Violence Prevention Point',
        summary:
          'Free advice from a domestic violence consultant, a lawyer, an addiction consultant and a psychologist at ul. Jasna 3.',
        body: 'Visit the Violence Prevention Point at ul. Jasna 3.\n\n- domestic violence consultant: Tuesdays and Wednesdays 12:00–16:00\n- lawyer: Thursdays 8:00–12:00\n- drug addiction consultant: Fridays 11:00–16:00\n- psychologist: Mondays, Wednesdays and Fridays 9:00–13:00; in July and August by phone only on 500 135 649\n\nBook a slot online under “Counselling” or by phone: 22 728-44-97.',
      },
    },
  },
  {
    kind: 'news' as const,
    pinned: false,
    texts: {
      pl: {
        title: 'Szukamy wolontariuszy do pomocy seniorom',
        summary: 'Pomóż starszym sąsiadom w zakupach i codziennych sprawach.',
        body: 'Jeżeli chcesz zostać wolontariuszem i pomagać osobom starszym w zakupach, wypełnij formularz w zakładce „Wolontariat”. Koordynator wolontariatu oddzwoni, omówi z Tobą zakres pomocy i przygotuje porozumienie wolontariackie do podpisania.',
      },
      uk: {
        title: 'Шукаємо волонтерів для допомоги літнім людям',
        summary: 'Допоможіть літнім сусідам із покупками та щоденними справами.',
        body: 'Якщо ви хочете стати волонтером і допомагати літнім людям із покупками, заповніть форму в розділі «Волонтерство». Координатор волонтерів передзвонить, обговорить з вами обсяг допомоги та підготує волонтерську угоду для підписання.',
      },
      en: {
        title: 'Volunteers wanted to help older people',
        summary: 'Help older neighbours with shopping and everyday errands.',
        body: 'If you would like to volunteer and help older people with their shopping, fill in the form under “Volunteering”. The volunteer coordinator will call you back, agree with you what help you will give, and prepare the volunteer agreement for signing.',
      },
    },
  },
  {
    kind: 'announcement' as const,
    pinned: true,
    texts: {
      pl: {
        title: 'Wniosek o pomoc złożysz także przez internet',
        summary:
          'Formularz w zakładce „Złóż wniosek”; otrzymasz numer zgłoszenia i kod do sprawdzania jego statusu.',
        body: 'Wniosek o pomoc możesz złożyć przez internet. Po wysłaniu formularza otrzymasz numer zgłoszenia i kod — zapisz je, aby sprawdzać status. Pracownik socjalny zespołu obsługującego Twój adres skontaktuje się z Tobą.',
      },
      uk: {
        title: 'Заяву про допомогу можна подати й онлайн',
        summary: 'Форма в розділі «Подати заяву»; ви отримаєте номер заяви та код для перевірки її статусу.',
        body: 'Заяву про допомогу можна подати онлайн. Після надсилання форми ви отримаєте номер заяви та код — збережіть їх, щоб перевіряти статус. Соціальний працівник команди, що обслуговує вашу адресу, звʼяжеться з вами.',
      },
      en: {
        title: 'You can also apply for help online',
        summary: 'The form is under “Apply”; you get an application number and a code to check its status.',
        body: 'You can apply for help online. After sending the form you get an application number and a code — keep them to check the status. A social worker of the team serving your address will contact you.',
      },
    },
  },
];

export const DEMO_ACCESSIBILITY = {
  sitePublishedOn: '2026-01-15',
  preparedOn: '2026-03-31',
  compliance: 'partial' as const,
  texts: {
    pl: {
      title: 'Deklaracja dostępności',
      body: 'Miejski Ośrodek Pomocy Społecznej (demo) zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.\n\nTreści niedostępne:\n- niektóre dokumenty PDF publikowane przed 2026 r. mogą nie mieć struktury nagłówków\n\nDeklarację sporządzono na podstawie samooceny przeprowadzonej przez ośrodek, z użyciem automatycznych testów dostępności.\n\nNa stronie można korzystać z klawiatury; przycisk „Wyjdź szybko” natychmiast opuszcza stronę.\n\nInformacje zwrotne i dane kontaktowe: w sprawie dostępności kontaktuj się z sekretariatem ośrodka: sekretariat@ostoja.example, tel. 22 728-11-81.\n\nProcedura wnioskowo-skargowa: każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony lub jej elementu albo zapewnienia dostępu alternatywnego. Ośrodek realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni; jeżeli nie jest to możliwe, informuje o terminie (nie dłuższym niż 2 miesiące). Po odmowie można złożyć skargę, a następnie wniosek do Rzecznika Praw Obywatelskich.\n\nDostępność architektoniczna: siedziba przy ul. Helenowskiej 3A ma wejście z poziomu chodnika; w punkcie obsługi można skorzystać z pomocy tłumacza języka migowego po wcześniejszym zgłoszeniu.',
    },
    uk: {
      title: 'Декларація доступності',
      body: 'Міський центр соціальної допомоги (демо) зобовʼязується забезпечити доступність свого вебсайту відповідно до закону Польщі від 4 квітня 2019 р. про цифрову доступність вебсайтів і мобільних застосунків публічних установ.\n\nНедоступний вміст:\n- деякі PDF-документи, опубліковані до 2026 р., можуть не мати структури заголовків\n\nДекларацію складено на основі самооцінки центру з використанням автоматичних тестів доступності.\n\nСайтом можна користуватися за допомогою клавіатури; кнопка «Швидкий вихід» негайно залишає сторінку.\n\nЗворотний звʼязок і контакти: з питань доступності звертайтеся до секретаріату центру: sekretariat@ostoja.example, тел. 22 728-11-81.\n\nПроцедура запитів і скарг: кожен має право вимагати забезпечення цифрової доступності сайту або його частини чи альтернативного доступу. Центр виконує вимогу без зволікань, не пізніше ніж за 7 днів; якщо це неможливо, повідомляє строк (не довше 2 місяців). Після відмови можна подати скаргу, а потім звернутися до Уповноваженого з прав людини.\n\nАрхітектурна доступність: будівля на вул. Геленовській, 3A має вхід з рівня тротуару; за попереднім запитом доступний перекладач польської жестової мови.',
    },
    en: {
      title: 'Accessibility statement',
      body: 'The Municipal Social Assistance Centre (demo) is committed to making its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.\n\nNon-accessible content:\n- some PDF documents published before 2026 may lack a heading structure\n\nThis statement was prepared on the basis of a self-assessment by the centre, using automated accessibility tests.\n\nThe site can be used with a keyboard alone; the “Quick exit” button leaves the page at once.\n\nFeedback and contact: for accessibility matters contact the centre’s office: sekretariat@ostoja.example, tel. 22 728-11-81.\n\nRequests and complaints: anyone may request the digital accessibility of the site or any part of it, or an accessible alternative. The centre meets the request without delay and within 7 days at the latest; if that is not possible it says when (within 2 months at most). After a refusal you may complain, and then apply to the Commissioner for Human Rights.\n\nPhysical accessibility: the building at ul. Helenowska 3A has a step-free entrance; a Polish Sign Language interpreter is available on prior request.',
    },
  },
};

export const DEMO_CONTACT = {
  texts: {
    pl: {
      title: 'Kontakt',
      body: 'Miejski Ośrodek Pomocy Społecznej (demo)\nul. Helenowska 3A, 05-800 Pruszków\ntel. 22 728-11-81, e-mail: sekretariat@ostoja.example\n\nPoniedziałek 10:00–18:00, wtorek–piątek 8:00–16:00.\n\nNie wiesz, który zespół terenowy obsługuje Twój adres? Wpisz ulicę i numer domu w wyszukiwarce „Który ośrodek mnie obsługuje?”.',
    },
    uk: {
      title: 'Контакти',
      body: 'Міський центр соціальної допомоги (демо)\nвул. Геленовська, 3A, 05-800 Прушкув\nтел. 22 728-11-81, ел. пошта: sekretariat@ostoja.example\n\nПонеділок 10:00–18:00, вівторок–пʼятниця 8:00–16:00.\n\nНе знаєте, яка територіальна команда обслуговує вашу адресу? Введіть вулицю та номер будинку в пошуку «Який центр мене обслуговує?».',
    },
    en: {
      title: 'Contact',
      body: 'Municipal Social Assistance Centre (demo)\nul. Helenowska 3A, 05-800 Pruszków\ntel. 22 728-11-81, e-mail: sekretariat@ostoja.example\n\nMonday 10:00–18:00, Tuesday to Friday 8:00–16:00.\n\nNot sure which field team serves your address? Type your street and house number in “Which office serves me?”.',
    },
  },
};

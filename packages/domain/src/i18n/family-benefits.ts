import { messages } from './types.ts';

// Family benefits (usr) and the Karta Dużej Rodziny: calculator steps and server messages.
export const familyBenefits = messages({
  pl: {
    'fb.attachment.taxOfficeCertificate': 'zaświadczenie z urzędu skarbowego o dochodzie',
    'fb.attachment.zusContributions': 'zaświadczenie o składkach',
    'fb.attachment.farmHectares': 'zaświadczenie o hektarach przeliczeniowych',
    'fb.attachment.untaxedIncome': 'oświadczenie o dochodzie nieopodatkowanym',
    'fb.attachment.lostIncome': 'dokument potwierdzający utratę dochodu',
    'fb.attachment.gainedIncome': 'dokument potwierdzający uzyskanie dochodu',
    'fb.attachment.alimonyPaid': 'dowody zapłaty alimentów',
    'fb.attachment.disabilityCertificate': 'orzeczenie o niepełnosprawności',
    'fb.attachment.schoolCertificate': 'zaświadczenie ze szkoły',
    'fb.attachment.courtAlimonyRuling': 'wyrok zasądzający alimenty',
    'error.familyBenefits.notGranted':
      'W tej sprawie nie obowiązuje decyzja przyznająca świadczenia — nie ma czego zmieniać.',
    'validation.familyBenefits.undueTermsRequired':
      'Za miesiące już wypłacone rodzina otrzymała {amount} więcej, niż jej przysługuje — podaj termin zwrotu świadczenia nienależnie pobranego.',
    'validation.familyBenefits.leavesApplicant': 'Wnioskodawca nie może opuścić rodziny we własnej sprawie.',
    'benefit.zasilekRodzinny': 'zasiłek rodzinny z dodatkami',
    'familyBenefits.kind.zasilekRodzinny': 'zasiłek rodzinny',
    'familyBenefits.kind.urodzenie': 'dodatek z tytułu urodzenia dziecka',
    'familyBenefits.kind.urlopWychowawczy':
      'dodatek z tytułu opieki nad dzieckiem w okresie urlopu wychowawczego',
    'familyBenefits.kind.samotneWychowywanie': 'dodatek z tytułu samotnego wychowywania dziecka',
    'familyBenefits.kind.wielodzietnosc': 'dodatek z tytułu wychowywania dziecka w rodzinie wielodzietnej',
    'familyBenefits.kind.ksztalcenieRehabilitacja':
      'dodatek z tytułu kształcenia i rehabilitacji dziecka niepełnosprawnego',
    'familyBenefits.kind.rozpoczecieRokuSzkolnego': 'dodatek z tytułu rozpoczęcia roku szkolnego',
    'familyBenefits.kind.naukaPozaMiejscemInternat':
      'dodatek z tytułu nauki poza miejscem zamieszkania (zakwaterowanie)',
    'familyBenefits.kind.naukaPozaMiejscemDojazd':
      'dodatek z tytułu nauki poza miejscem zamieszkania (dojazd)',
    'familyBenefits.reason.noZasilek': 'dziecku nie przysługuje zasiłek rodzinny',
    'familyBenefits.reason.overOneYear': 'dziecko ukończyło rok',
    'familyBenefits.reason.notSingleParent': 'wnioskodawca nie wychowuje dziecka samotnie',
    'familyBenefits.reason.capReached': 'osiągnięto górną granicę dodatku',
    'familyBenefits.reason.noCertificate': 'dziecko nie ma orzeczenia o niepełnosprawności',
    'familyBenefits.reason.notInSchool': 'dziecko nie uczy się',
    'familyBenefits.reason.fewerThanThree': 'w rodzinie nie ma trojga dzieci uprawnionych do zasiłku',
    'familyBenefits.step.criterion':
      'Okres zasiłkowy {period}, rok bazowy {baseYear}: kryterium dochodowe {criterion} na osobę.',
    'familyBenefits.step.income':
      'Dochód rodziny {income} miesięcznie; na osobę w rodzinie {size}-osobowej: {perPerson}.',
    'familyBenefits.step.zasilek': 'Osoba nr {n} (wiek {age}): zasiłek rodzinny {amount} miesięcznie.',
    'familyBenefits.step.overAge':
      'Osoba nr {n} przekroczyła granicę wieku — zasiłek rodzinny nie przysługuje.',
    'familyBenefits.step.noChild':
      'Żadne dziecko w rodzinie nie mieści się w granicach wieku — zasiłek rodzinny nie przysługuje.',
    'familyBenefits.step.addition': '{kind} na osobę nr {n}: {amount}.',
    'familyBenefits.step.additionRefused': '{kind} na osobę nr {n} nie przysługuje: {reason}.',
    'familyBenefits.step.withinCriterion':
      'Dochód na osobę nie przekracza kryterium: świadczenia w pełnej wysokości — {monthly} miesięcznie i {oneOff} jednorazowo.',
    'familyBenefits.step.reduced':
      'Dochód rodziny przekracza kryterium razy liczbę osób ({limit}) o {excess}. Łączna kwota świadczeń {total} pomniejszona o tę nadwyżkę daje {result} („złotówka za złotówkę”): {monthly} miesięcznie i {oneOff} jednorazowo.',
    'familyBenefits.step.underMinimum':
      'Po pomniejszeniu o nadwyżkę {excess} zostaje {result} — mniej niż {minimum}, więc świadczenia nie przysługują.',
    'familyBenefits.step.overTotal':
      'Nadwyżka dochodu {excess} nie jest mniejsza niż łączna kwota świadczeń {total} — świadczenia nie przysługują.',
    'validation.familyBenefits.firstOfMonth': 'Podaj pierwszy dzień miesiąca.',
    'validation.familyBenefits.bornAfter': 'Data urodzenia jest późniejsza niż ten miesiąc.',
    'validation.familyBenefits.notAChild': 'Wskaż dziecko z listy członków rodziny.',
    'validation.familyBenefits.noParameters': 'Brak kwot świadczeń rodzinnych na ten dzień.',
    'validation.familyBenefits.toBeforeFrom': 'Miesiąc końcowy jest wcześniejszy niż początkowy.',
    'error.familyBenefits.notIncomplete': 'Ten wniosek nie czeka na uzupełnienie. Odśwież stronę.',
    'error.familyBenefits.incomplete': 'Wniosek nie jest kompletny: najpierw odnotuj brakujące załączniki.',
    'error.familyBenefits.forwarded':
      'Członek rodziny pracuje lub mieszka w innym państwie UE/EOG — wniosek przekazano wojewodzie (koordynacja systemów zabezpieczenia społecznego).',
    'error.familyBenefits.decided': 'W tej sprawie wydano już decyzję.',
    'error.familyBenefits.notForwarded': 'Tego wniosku nie przekazuje się wojewodzie. Odśwież stronę.',
    'validation.familyBenefits.forwardedBeforeFiling':
      'Data przekazania jest wcześniejsza niż data złożenia wniosku.',
    'validation.familyBenefits.forwardedFuture': 'Data przekazania nie może być późniejsza niż dzisiaj.',
    'error.familyBenefits.notEligible':
      'Rodzinie nie przysługuje zasiłek rodzinny w żadnym miesiącu okresu — wydaj decyzję odmowną.',
    'validation.familyBenefits.unknownHousehold': 'Nie ma takiego gospodarstwa domowego.',
    'validation.familyBenefits.unknownPerson': 'Nie ma takiej osoby w rejestrze.',
    'validation.familyBenefits.noFarmIncome': 'Brak ogłoszonego dochodu z 1 ha przeliczeniowego za {year} r.',
    'validation.familyBenefits.decidedBeforeFiling':
      'Data decyzji jest wcześniejsza niż data złożenia wniosku.',
    'validation.familyBenefits.applicantMember': 'Wnioskodawca musi być członkiem rodziny we wniosku.',
  },
  uk: {
    'fb.attachment.taxOfficeCertificate': 'довідка з податкової про дохід',
    'fb.attachment.zusContributions': 'довідка про внески',
    'fb.attachment.farmHectares': 'довідка про умовні гектари',
    'fb.attachment.untaxedIncome': 'заява про неоподатковуваний дохід',
    'fb.attachment.lostIncome': 'документ про втрату доходу',
    'fb.attachment.gainedIncome': 'документ про отримання доходу',
    'fb.attachment.alimonyPaid': 'підтвердження сплати аліментів',
    'fb.attachment.disabilityCertificate': 'висновок про інвалідність',
    'fb.attachment.schoolCertificate': 'довідка зі школи',
    'fb.attachment.courtAlimonyRuling': 'рішення суду про аліменти',
    'error.familyBenefits.notGranted':
      'У цій справі немає чинного рішення про призначення допомоги — нічого змінювати.',
    'validation.familyBenefits.undueTermsRequired':
      'За вже виплачені місяці сім’я отримала на {amount} більше, ніж їй належить — вкажіть строк повернення безпідставно отриманої допомоги.',
    'validation.familyBenefits.leavesApplicant': 'Заявник не може вибути з сім’ї у власній справі.',
    'benefit.zasilekRodzinny': 'сімейна допомога з доплатами (zasiłek rodzinny)',
    'familyBenefits.kind.zasilekRodzinny': 'сімейна допомога',
    'familyBenefits.kind.urodzenie': 'доплата у зв’язку з народженням дитини',
    'familyBenefits.kind.urlopWychowawczy': 'доплата на догляд за дитиною під час відпустки по догляду',
    'familyBenefits.kind.samotneWychowywanie': 'доплата за самостійне виховання дитини',
    'familyBenefits.kind.wielodzietnosc': 'доплата за виховання дитини в багатодітній сім’ї',
    'familyBenefits.kind.ksztalcenieRehabilitacja':
      'доплата на навчання та реабілітацію дитини з інвалідністю',
    'familyBenefits.kind.rozpoczecieRokuSzkolnego': 'доплата на початок навчального року',
    'familyBenefits.kind.naukaPozaMiejscemInternat':
      'доплата на навчання поза місцем проживання (проживання)',
    'familyBenefits.kind.naukaPozaMiejscemDojazd': 'доплата на навчання поза місцем проживання (проїзд)',
    'familyBenefits.reason.noZasilek': 'дитині не належить сімейна допомога',
    'familyBenefits.reason.overOneYear': 'дитині вже виповнився рік',
    'familyBenefits.reason.notSingleParent': 'заявник не виховує дитину самостійно',
    'familyBenefits.reason.capReached': 'досягнуто верхньої межі доплати',
    'familyBenefits.reason.noCertificate': 'дитина не має висновку про інвалідність',
    'familyBenefits.reason.notInSchool': 'дитина не навчається',
    'familyBenefits.reason.fewerThanThree': 'у сім’ї немає трьох дітей з правом на допомогу',
    'familyBenefits.step.criterion':
      'Період виплат {period}, базовий рік {baseYear}: критерій доходу {criterion} на особу.',
    'familyBenefits.step.income':
      'Дохід сім’ї {income} на місяць; на особу в сім’ї з {size} осіб: {perPerson}.',
    'familyBenefits.step.zasilek': 'Особа № {n} (вік {age}): сімейна допомога {amount} на місяць.',
    'familyBenefits.step.overAge': 'Особа № {n} перевищила вікову межу — сімейна допомога не належить.',
    'familyBenefits.step.noChild':
      'Жодна дитина в сім’ї не відповідає віковим межам — сімейна допомога не належить.',
    'familyBenefits.step.addition': '{kind} на особу № {n}: {amount}.',
    'familyBenefits.step.additionRefused': '{kind} на особу № {n} не належить: {reason}.',
    'familyBenefits.step.withinCriterion':
      'Дохід на особу не перевищує критерію: виплати в повному розмірі — {monthly} на місяць і {oneOff} одноразово.',
    'familyBenefits.step.reduced':
      'Дохід сім’ї перевищує критерій, помножений на кількість осіб ({limit}), на {excess}. Загальна сума виплат {total}, зменшена на це перевищення, становить {result} («злотий за злотий»): {monthly} на місяць і {oneOff} одноразово.',
    'familyBenefits.step.underMinimum':
      'Після зменшення на перевищення {excess} залишається {result} — менше ніж {minimum}, тому виплати не належать.',
    'familyBenefits.step.overTotal':
      'Перевищення доходу {excess} не менше за загальну суму виплат {total} — виплати не належать.',
    'validation.familyBenefits.firstOfMonth': 'Вкажіть перший день місяця.',
    'validation.familyBenefits.bornAfter': 'Дата народження пізніша за цей місяць.',
    'validation.familyBenefits.notAChild': 'Вкажіть дитину зі списку членів сім’ї.',
    'validation.familyBenefits.noParameters': 'Немає сум сімейних виплат на цю дату.',
    'validation.familyBenefits.toBeforeFrom': 'Кінцевий місяць раніший за початковий.',
    'error.familyBenefits.notIncomplete': 'Ця заява не очікує доповнення. Оновіть сторінку.',
    'error.familyBenefits.incomplete': 'Заява неповна: спершу зазначте відсутні додатки.',
    'error.familyBenefits.forwarded':
      'Член сім’ї працює або проживає в іншій державі ЄС/ЄЕЗ — заяву передано воєводі (координація систем соціального забезпечення).',
    'error.familyBenefits.decided': 'У цій справі рішення вже видано.',
    'error.familyBenefits.notForwarded': 'Цю заяву не передають воєводі. Оновіть сторінку.',
    'validation.familyBenefits.forwardedBeforeFiling': 'Дата передачі раніша за дату подання заяви.',
    'validation.familyBenefits.forwardedFuture': 'Дата передачі не може бути пізнішою за сьогодні.',
    'error.familyBenefits.notEligible':
      'Сім’ї не належить сімейна допомога в жодному місяці періоду — видайте рішення про відмову.',
    'validation.familyBenefits.unknownHousehold': 'Такого домогосподарства немає.',
    'validation.familyBenefits.unknownPerson': 'Такої особи немає в реєстрі.',
    'validation.familyBenefits.noFarmIncome': 'Немає оголошеного доходу з 1 умовного гектара за {year} рік.',
    'validation.familyBenefits.decidedBeforeFiling': 'Дата рішення раніша за дату подання заяви.',
    'validation.familyBenefits.applicantMember': 'Заявник має бути членом сім’ї у заяві.',
  },
  en: {
    'fb.attachment.taxOfficeCertificate': 'tax office income certificate',
    'fb.attachment.zusContributions': 'contributions certificate',
    'fb.attachment.farmHectares': 'conversion hectares certificate',
    'fb.attachment.untaxedIncome': 'statement of untaxed income',
    'fb.attachment.lostIncome': 'proof of the lost income',
    'fb.attachment.gainedIncome': 'proof of the gained income',
    'fb.attachment.alimonyPaid': 'proof of alimony paid',
    'fb.attachment.disabilityCertificate': 'disability certificate',
    'fb.attachment.schoolCertificate': 'school certificate',
    'fb.attachment.courtAlimonyRuling': 'court ruling on alimony',
    'error.familyBenefits.notGranted':
      'No decision granting benefits is in force in this case — there is nothing to change.',
    'validation.familyBenefits.undueTermsRequired':
      'For the months already paid the family received {amount} more than its right — give the due date for repaying the undue benefit.',
    'validation.familyBenefits.leavesApplicant': 'The applicant cannot leave the family in their own case.',
    'benefit.zasilekRodzinny': 'family allowance with supplements (zasiłek rodzinny)',
    'familyBenefits.kind.zasilekRodzinny': 'family allowance',
    'familyBenefits.kind.urodzenie': 'supplement for the birth of a child',
    'familyBenefits.kind.urlopWychowawczy': 'supplement for childcare during parental leave',
    'familyBenefits.kind.samotneWychowywanie': 'supplement for single parenting',
    'familyBenefits.kind.wielodzietnosc': 'supplement for a child in a large family',
    'familyBenefits.kind.ksztalcenieRehabilitacja':
      'supplement for the education and rehabilitation of a disabled child',
    'familyBenefits.kind.rozpoczecieRokuSzkolnego': 'supplement for the start of the school year',
    'familyBenefits.kind.naukaPozaMiejscemInternat': 'supplement for schooling away from home (lodging)',
    'familyBenefits.kind.naukaPozaMiejscemDojazd': 'supplement for schooling away from home (commuting)',
    'familyBenefits.reason.noZasilek': 'the child has no right to the family allowance',
    'familyBenefits.reason.overOneYear': 'the child is over one year old',
    'familyBenefits.reason.notSingleParent': 'the applicant is not a single parent',
    'familyBenefits.reason.capReached': 'the supplement’s cap is reached',
    'familyBenefits.reason.noCertificate': 'the child has no disability certificate',
    'familyBenefits.reason.notInSchool': 'the child is not in school',
    'familyBenefits.reason.fewerThanThree':
      'the family has fewer than three children entitled to the allowance',
    'familyBenefits.step.criterion':
      'Benefit period {period}, base year {baseYear}: income criterion {criterion} per person.',
    'familyBenefits.step.income':
      'Family income {income} a month; per person in a family of {size}: {perPerson}.',
    'familyBenefits.step.zasilek': 'Person no. {n} (age {age}): family allowance {amount} a month.',
    'familyBenefits.step.overAge': 'Person no. {n} is over the age limit — no family allowance.',
    'familyBenefits.step.noChild': 'No child of the family is within the age limits — no family allowance.',
    'familyBenefits.step.addition': '{kind} for person no. {n}: {amount}.',
    'familyBenefits.step.additionRefused': '{kind} for person no. {n} is not due: {reason}.',
    'familyBenefits.step.withinCriterion':
      'Income per person is within the criterion: benefits in full — {monthly} a month and {oneOff} once.',
    'familyBenefits.step.reduced':
      'The family income exceeds the criterion times the family size ({limit}) by {excess}. The benefits’ total {total} less this excess is {result} (“złotówka za złotówkę”): {monthly} a month and {oneOff} once.',
    'familyBenefits.step.underMinimum':
      'After deducting the excess {excess}, {result} is left — less than {minimum}, so no benefits are due.',
    'familyBenefits.step.overTotal':
      'The excess income {excess} is not below the benefits’ total {total} — no benefits are due.',
    'validation.familyBenefits.firstOfMonth': 'Enter the first day of a month.',
    'validation.familyBenefits.bornAfter': 'The date of birth is after this month.',
    'validation.familyBenefits.notAChild': 'Choose a child from the family members.',
    'validation.familyBenefits.noParameters': 'No family benefit amounts are known for this date.',
    'validation.familyBenefits.toBeforeFrom': 'The last month is before the first.',
    'error.familyBenefits.notIncomplete': 'This application is not awaiting completion. Refresh the page.',
    'error.familyBenefits.incomplete': 'The application is incomplete: record the missing attachments first.',
    'error.familyBenefits.forwarded':
      'A family member works or lives in another EU/EEA state — the application was forwarded to the voivode (social security coordination).',
    'error.familyBenefits.decided': 'A decision has already been issued in this case.',
    'error.familyBenefits.notForwarded':
      'This application is not one forwarded to the voivode. Refresh the page.',
    'validation.familyBenefits.forwardedBeforeFiling':
      'The forwarding date is before the application was filed.',
    'validation.familyBenefits.forwardedFuture': 'The forwarding date cannot be later than today.',
    'error.familyBenefits.notEligible':
      'The family has no right to the family allowance in any month of the period — issue a refusal.',
    'validation.familyBenefits.unknownHousehold': 'There is no such household.',
    'validation.familyBenefits.unknownPerson': 'There is no such person in the registry.',
    'validation.familyBenefits.noFarmIncome': 'No published income per conversion hectare for {year}.',
    'validation.familyBenefits.decidedBeforeFiling': 'The decision date is before the application was filed.',
    'validation.familyBenefits.applicantMember':
      'The applicant must be a member of the family in the application.',
  },
});

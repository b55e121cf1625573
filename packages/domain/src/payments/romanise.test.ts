import { describe, expect, it } from 'vitest';
import { romaniseCyrillic } from './romanise.ts';

describe('romanisation of Ukrainian (national system of 2010)', () => {
  it.each([
    ['Олександр Шевченко', 'Oleksandr Shevchenko'],
    ['Юлія Ярошенко', 'Yuliia Yaroshenko'],
    ['Тетяна Щербак', 'Tetiana Shcherbak'],
    ['Андрій Григорій', 'Andrii Hryhorii'],
    ['Євген Гаєвич', 'Yevhen Haievych'],
    ['Їжакевич Київ', 'Yizhakevych Kyiv'],
    ['Йосипівка Стрий', 'Yosypivka Stryi'],
    ['Згурський', 'Zghurskyi'],
    ['Знам’янка', 'Znamianka'],
    ["Мар'яна Ґалаґан", 'Mariana Galagan'],
    ['Ольга Хмельницька', 'Olha Khmelnytska'],
    ['Вінниця Біла Церква', 'Vinnytsia Bila Tserkva'],
    ['ЩЕРБАК ОЛЕНА', 'SHCHERBAK OLENA'],
    ['Kowalska Żaneta', 'Kowalska Żaneta'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(romaniseCyrillic(cyrillic)).toBe(latin);
  });
});

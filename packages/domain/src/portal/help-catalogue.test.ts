import { describe, expect, it } from 'vitest';
import { HelpFormInput } from './content.ts';
import { HELP_CATALOGUE } from './help-catalogue.ts';

// The portal's catalogue (issue 17 item 5): every form of help of the seeds, in three languages,
// each saying what to bring and how to apply, valid as staff would save it.

const by = (slug: string) => HELP_CATALOGUE.find((h) => h.slug === slug);

describe('the catalogue of the forms of help', () => {
  it('has every form of help the centre gives, once', () => {
    const forms = [
      'posilek-w-szkole-i-w-domu', // meals
      'uslugi-opiekuncze', // care services
      'dom-pomocy-spolecznej', // DPS
      'schronienie', // shelters
      'pomoc-zywnosciowa', // food aid
      'dzienny-dom-pomocy', // day centre for seniors
      'swietlice-i-kluby', // day room and clubs
      'teleopieka',
      'uslugi-sasiedzkie',
      'pogrzeb',
      'odziez',
      'interwencja-kryzysowa',
      'poradnictwo-specjalistyczne',
      'swiadczenia-rodzinne',
      'karta-duzej-rodziny',
      'fundusz-alimentacyjny',
      'dodatek-mieszkaniowy',
      'zasilek-okresowy',
      'zasilek-staly',
      'zasilek-celowy',
      'przemoc-domowa',
    ];
    expect(HELP_CATALOGUE.map((h) => h.slug).sort()).toEqual([...forms].sort());
  });

  it('says in Polish, Ukrainian and English what it is, who, what to bring and how to apply', () => {
    for (const h of HELP_CATALOGUE)
      for (const locale of ['pl', 'uk', 'en'] as const)
        for (const [field, value] of Object.entries(h.texts[locale]))
          expect(value.trim(), `${h.slug} ${locale} ${field}`).not.toBe('');
  });

  it('is what the content editor would accept (no links, lengths, known self-checks and forms)', () => {
    for (const h of HELP_CATALOGUE) {
      const r = HelpFormInput.safeParse({
        slug: h.slug,
        category: h.category,
        texts: h.texts,
        selfCheck: h.selfCheck,
        onlineForm: h.onlineForm,
      });
      expect(r.error?.issues ?? [], h.slug).toEqual([]);
    }
  });

  it('points to a self-check only where the domain has the rule, and to the KDR form for the card', () => {
    const checked = HELP_CATALOGUE.filter((h) => h.selfCheck).map((h) => [h.slug, h.selfCheck]);
    expect(checked).toEqual([
      ['zasilek-okresowy', 'zasilekOkresowy'],
      ['zasilek-staly', 'zasilekStaly'],
      ['pomoc-zywnosciowa', 'foodAid'],
      ['uslugi-opiekuncze', 'careFee'],
      ['posilek-w-szkole-i-w-domu', 'meals'],
      ['swiadczenia-rodzinne', 'familyBenefits'],
      ['karta-duzej-rodziny', 'familyBenefits'],
      ['fundusz-alimentacyjny', 'alimonyFund'],
      ['dodatek-mieszkaniowy', 'housingAllowance'],
    ]);
    expect(by('karta-duzej-rodziny')?.onlineForm).toBe('largeFamilyCard');
    expect(by('posilek-w-szkole-i-w-domu')?.onlineForm).toBe('meals');
    // No online form: the text says where and when.
    expect(by('pogrzeb')?.onlineForm).toBeNull();
    expect(by('pogrzeb')?.texts.pl.howToApply).toMatch(/osobiście w ośrodku, w godzinach jego pracy/);
  });
});

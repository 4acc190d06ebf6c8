import { isTpeError } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type VatCategoryTreatment, vatCategory } from '../vat/vatCategory.js';
import { checkInvoiceMentions } from './checkInvoiceMentions.js';
import { type LegalMentionsInput, legalMentions } from './legalMentions.js';

const NBSP = '\u00a0';

function texts(input: LegalMentionsInput): string[] {
  return legalMentions(input).map((mention) => mention.text);
}

function issuesOf(input: unknown): [string, string][] {
  try {
    legalMentions(input as LegalMentionsInput);
  } catch (error) {
    if (isTpeError(error) && error.code === 'INVALID_INPUT') {
      return error.issues.map((issue) => [issue.path.join('.'), issue.code]);
    }
    throw error;
  }
  throw new Error('expected INVALID_INPUT');
}

describe('legalMentions: payment conditions', () => {
  it('writes the four B2B sentences in order, rate the French way', () => {
    expect(
      legalMentions({ customerKind: 'business', dueDate: '2026-03-16', latePenaltyRate: '12.15' }),
    ).toEqual([
      {
        id: 'paymentDate',
        text: `Date d'échéance${NBSP}: 16/03/2026`,
        article: 'C. com. L441-9 I',
        verbatim: false,
      },
      {
        id: 'escompteConditions',
        text: "Pas d'escompte pour paiement anticipé",
        article: 'C. com. L441-9 I',
        verbatim: true,
      },
      {
        id: 'latePenaltyRate',
        text: `En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux annuel de 12,15${NBSP}%.`,
        article: 'C. com. L441-9 I; L441-10 II',
        verbatim: false,
      },
      {
        id: 'recoveryIndemnity',
        text: `Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement${NBSP}: 40${NBSP}€.`,
        article: 'C. com. L441-10 II; D441-5',
        verbatim: false,
      },
    ]);
  });

  it('prints "Paiement à réception"', () => {
    expect(
      texts({ customerKind: 'business', paymentOnReceipt: true, latePenaltyRate: '12.15' })[0],
    ).toBe('Paiement à réception');
  });

  it('writes the GC-20 escompte: 2 % within 10 days', () => {
    const [, escompte] = legalMentions({
      customerKind: 'business',
      dueDate: '2026-03-31',
      latePenaltyRate: '12.15',
      escompte: { rate: '2', withinDays: 10 },
    });
    expect(escompte).toEqual({
      id: 'escompteConditions',
      text: `Escompte de 2${NBSP}% pour paiement dans les 10 jours suivant la date de facture.`,
      article: 'C. com. L441-9 I',
      verbatim: false,
    });
  });

  it('writes rates without trailing zeros and with a comma', () => {
    const rate = (latePenaltyRate: string): string | undefined =>
      texts({ customerKind: 'business', paymentOnReceipt: true, latePenaltyRate })[2]?.match(
        /taux annuel de (.*)\.$/,
      )?.[1];
    expect(rate('12.15')).toBe(`12,15${NBSP}%`);
    expect(rate('12.10')).toBe(`12,1${NBSP}%`);
    expect(rate('10.00')).toBe(`10${NBSP}%`);
    expect(rate('0.123456')).toBe(`0,123456${NBSP}%`);
    expect(rate('11.13')).toBe(`11,13${NBSP}%`);
  });

  it('uses the public buyers wording: moratory interest, indemnity under CCP D2192-35', () => {
    const mentions = legalMentions({
      customerKind: 'publicBuyer',
      dueDate: '2026-03-04',
      latePenaltyRate: '10.15',
    });
    expect(mentions.map((mention) => mention.id)).toEqual([
      'paymentDate',
      'escompteConditions',
      'latePenaltyRate',
      'recoveryIndemnity',
    ]);
    expect(mentions[2]?.text).toBe(
      `En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au taux annuel de 10,15${NBSP}%.`,
    );
    expect(mentions[2]?.article).toBe('C. com. L441-9 I; CCP R2192-31');
    expect(mentions[3]?.article).toBe('CCP D2192-35');
  });

  it('never prints the 40 € indemnity for a consumer', () => {
    expect(texts({ customerKind: 'consumer' })).toEqual([]);
    const mentions = legalMentions({
      customerKind: 'consumer',
      dueDate: '2026-03-16',
      latePenaltyRate: '5',
    });
    expect(mentions).toEqual([
      { id: 'paymentDate', text: `Date d'échéance${NBSP}: 16/03/2026`, verbatim: false },
      {
        id: 'latePenaltyRate',
        text: `En cas de retard de paiement, des pénalités de retard au taux annuel de 5${NBSP}% pourront être appliquées.`,
        verbatim: false,
      },
    ]);
    fc.assert(
      fc.property(
        fc.record(
          {
            paymentOnReceipt: fc.boolean(),
            latePenaltyRate: fc.constantFrom('3', '7.86', '12.15'),
            escompte: fc.constantFrom('none' as const, { rate: '1.5', withinDays: 8 }),
            franchiseEnBase: fc.boolean(),
            vatTreatment: fc.constantFrom(
              'taxable' as const,
              'export' as const,
              'reverseCharge' as const,
              'outOfScope' as const,
            ),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const ids = legalMentions({ customerKind: 'consumer', ...input }).map(
            (mention) => mention.id,
          );
          expect(ids).not.toContain('recoveryIndemnity');
        },
      ),
    );
  });
});

describe('legalMentions: documented example', () => {
  it('writes a consumer invoice under the franchise en base', () => {
    expect(
      texts({ customerKind: 'consumer', paymentOnReceipt: true, franchiseEnBase: true }),
    ).toEqual(['Paiement à réception', 'TVA non applicable, art. 293 B du CGI']);
  });
});

describe('legalMentions: VAT mentions', () => {
  it('uses the exact wordings of the reference', () => {
    const vat = (input: Partial<LegalMentionsInput>) =>
      legalMentions({ customerKind: 'consumer', ...input }).map(({ id, text, verbatim }) => ({
        id,
        text,
        verbatim,
      }));
    expect(vat({ franchiseEnBase: true })).toEqual([
      { id: 'vatFranchiseMention', text: 'TVA non applicable, art. 293 B du CGI', verbatim: true },
    ]);
    expect(vat({ vatTreatment: 'intraCommunitySupplyOfGoods' })).toEqual([
      {
        id: 'vatExemptionMention',
        text: 'Exonération de TVA, article 262 ter I du CGI',
        verbatim: true,
      },
    ]);
    expect(vat({ vatTreatment: 'export' })).toEqual([
      {
        id: 'vatExemptionMention',
        text: 'Exonération de TVA, article 262 I du CGI',
        verbatim: true,
      },
    ]);
    expect(vat({ vatTreatment: 'reverseCharge' })).toEqual([
      { id: 'reverseChargeMention', text: 'Autoliquidation', verbatim: true },
    ]);
    expect(vat({ vatOnDebitsOption: true })).toEqual([
      {
        id: 'vatOnDebitsMention',
        text: "Option pour le paiement de la taxe d'après les débits",
        verbatim: true,
      },
    ]);
    expect(
      vat({
        vatTreatment: 'otherExemption',
        otherExemptionText: 'Exonération de TVA, article 261 4 4° du CGI',
      }),
    ).toEqual([
      {
        id: 'vatExemptionMention',
        text: 'Exonération de TVA, article 261 4 4° du CGI',
        verbatim: false,
      },
    ]);
    expect(vat({ vatTreatment: 'taxable' })).toEqual([]);
  });

  it('cites the articles', () => {
    const article = (input: Partial<LegalMentionsInput>): string | undefined =>
      legalMentions({ customerKind: 'consumer', ...input })[0]?.article;
    expect(article({ franchiseEnBase: true })).toBe(
      'CGI art. 293 B; CGI ann. II art. 242 nonies A 12°',
    );
    expect(article({ vatTreatment: 'intraCommunitySupplyOfGoods' })).toBe(
      'CGI art. 262 ter I; CGI ann. II art. 242 nonies A 12°',
    );
    expect(article({ vatTreatment: 'export' })).toBe(
      'CGI art. 262 I; CGI ann. II art. 242 nonies A 12°',
    );
    expect(article({ vatTreatment: 'reverseCharge' })).toBe(
      'CGI art. 283-2; CGI ann. II art. 242 nonies A 13°',
    );
    expect(
      article({ vatTreatment: 'otherExemption', otherExemptionText: 'Exonération de TVA' }),
    ).toBe('CGI ann. II art. 242 nonies A 12°');
    expect(article({ vatOnDebitsOption: true })).toBe(
      'CGI ann. II art. 242 nonies A (décret 2022-1299)',
    );
  });

  it('takes the sentence and the article of each treatment from vatCategory', () => {
    const treatments: readonly VatCategoryTreatment[] = [
      'taxable',
      'franchiseEnBase',
      'intraCommunitySupplyOfGoods',
      'export',
      'reverseCharge',
      'outOfScope',
    ];
    for (const vatTreatment of treatments) {
      const { mention, article } = vatCategory(vatTreatment);
      const printed = legalMentions({ customerKind: 'consumer', vatTreatment });
      expect(printed.map(({ text, article }) => ({ text, article }))).toEqual(
        mention === null ? [] : [{ text: mention, article }],
      );
    }
  });

  it("treats vatTreatment 'franchiseEnBase' as the franchise flag, printed once", () => {
    const flag = legalMentions({ customerKind: 'consumer', franchiseEnBase: true });
    expect(legalMentions({ customerKind: 'consumer', vatTreatment: 'franchiseEnBase' })).toEqual(
      flag,
    );
    expect(
      legalMentions({
        customerKind: 'consumer',
        franchiseEnBase: true,
        vatTreatment: 'franchiseEnBase',
      }),
    ).toEqual(flag);
  });

  it('prints the franchise mention and the treatment mention together', () => {
    expect(
      texts({ customerKind: 'consumer', franchiseEnBase: true, vatTreatment: 'export' }),
    ).toEqual([
      'TVA non applicable, art. 293 B du CGI',
      'Exonération de TVA, article 262 I du CGI',
    ]);
  });

  it('prints no VAT mention for an operation outside the scope of VAT', () => {
    expect(texts({ customerKind: 'consumer', vatTreatment: 'outOfScope' })).toEqual([]);
    expect(
      legalMentions({
        customerKind: 'business',
        paymentOnReceipt: true,
        latePenaltyRate: '12.15',
        vatTreatment: 'outOfScope',
      }).map((mention) => mention.id),
    ).toEqual(['paymentDate', 'escompteConditions', 'latePenaltyRate', 'recoveryIndemnity']);
  });

  it('puts the payment sentences first, then the VAT ones', () => {
    const ids = legalMentions({
      customerKind: 'business',
      dueDate: '2026-04-01',
      latePenaltyRate: '12.15',
      vatTreatment: 'intraCommunitySupplyOfGoods',
      vatOnDebitsOption: true,
    }).map((mention) => mention.id);
    expect(ids).toEqual([
      'paymentDate',
      'escompteConditions',
      'latePenaltyRate',
      'recoveryIndemnity',
      'vatExemptionMention',
      'vatOnDebitsMention',
    ]);
  });
});

describe('legalMentions: bad input', () => {
  it('refuses wrong kinds with their paths', () => {
    expect(issuesOf({ customerKind: 'company' })).toEqual([['customerKind', 'invalid_value']]);
    expect(
      issuesOf({ customerKind: 'business', dueDate: '2026-02-29', latePenaltyRate: 12.15 }),
    ).toEqual([
      ['dueDate', 'invalid_date'],
      ['latePenaltyRate', 'invalid_type'],
    ]);
    expect(issuesOf({ customerKind: 'consumer', latePenaltyRate: '12,15' })).toEqual([
      ['latePenaltyRate', 'invalid_decimal'],
    ]);
    for (const escompte of [
      { rate: '2', withinDays: -1 },
      { rate: '2', withinDays: 1.5 },
      { rate: 2, withinDays: 10 },
      'aucun',
    ]) {
      const issues = issuesOf({ customerKind: 'consumer', escompte });
      expect(issues).toHaveLength(1);
      expect(issues[0]?.[0]).toMatch(/^escompte(\.withinDays)?$/);
    }
    expect(issuesOf({ customerKind: 'consumer', vatTreatment: 'exempt' })).toEqual([
      ['vatTreatment', 'invalid_value'],
    ]);
    expect(issuesOf({ customerKind: 'consumer', rate: '1' })).toEqual([['', 'unrecognized_keys']]);
    expect(issuesOf(null)).toEqual([['', 'invalid_type']]);
  });

  it('refuses incomplete or conflicting inputs', () => {
    expect(issuesOf({ customerKind: 'business' })).toEqual([
      ['dueDate', 'required'],
      ['latePenaltyRate', 'required'],
    ]);
    expect(
      issuesOf({
        customerKind: 'business',
        dueDate: '2026-03-16',
        paymentOnReceipt: true,
        latePenaltyRate: '12.15',
      }),
    ).toEqual([['paymentOnReceipt', 'conflicting_fields']]);
    expect(issuesOf({ customerKind: 'consumer', vatTreatment: 'otherExemption' })).toEqual([
      ['otherExemptionText', 'required'],
    ]);
    expect(
      issuesOf({
        customerKind: 'consumer',
        vatTreatment: 'otherExemption',
        otherExemptionText: '   ',
      })[0]?.[0],
    ).toBe('otherExemptionText');
    expect(
      issuesOf({ customerKind: 'consumer', franchiseEnBase: true, vatOnDebitsOption: true }),
    ).toEqual([['vatOnDebitsOption', 'conflicting_fields']]);
    expect(
      issuesOf({
        customerKind: 'consumer',
        vatTreatment: 'franchiseEnBase',
        vatOnDebitsOption: true,
      }),
    ).toEqual([['vatOnDebitsOption', 'conflicting_fields']]);
    expect(
      issuesOf({
        customerKind: 'consumer',
        franchiseEnBase: false,
        vatTreatment: 'franchiseEnBase',
      }),
    ).toEqual([['vatTreatment', 'conflicting_fields']]);
  });
});

describe('legalMentions: the statutory rate stated by its rule', () => {
  const RULE_B2B =
    "au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage.";

  it('writes the rule of C. com. L441-10 II in place of the figure, the rest unchanged', () => {
    const byFigure = legalMentions({
      customerKind: 'business',
      dueDate: '2026-09-30',
      latePenaltyRate: '12.15',
    });
    const byRule = legalMentions({
      customerKind: 'business',
      dueDate: '2026-09-30',
      statutoryPenaltyRule: 'b2bDefault',
    });
    expect(byRule.map((mention) => mention.id)).toEqual(byFigure.map((mention) => mention.id));
    expect(byRule[2]).toEqual({
      id: 'latePenaltyRate',
      text: `En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, ${RULE_B2B}`,
      article: 'C. com. L441-9 I; L441-10 II',
      verbatim: false,
    });
    expect(byRule.filter((_, index) => index !== 2)).toEqual(
      byFigure.filter((_, index) => index !== 2),
    );
  });

  it('writes the moratory interest rule of CCP R2192-31 for a public buyer', () => {
    const mentions = legalMentions({
      customerKind: 'publicBuyer',
      dueDate: '2026-09-30',
      statutoryPenaltyRule: 'publicBuyer',
    });
    expect(mentions.find((mention) => mention.id === 'latePenaltyRate')).toEqual({
      id: 'latePenaltyRate',
      text: "En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement les plus récentes, en vigueur au premier jour du semestre de l'année civile au cours duquel les intérêts moratoires ont commencé à courir, majoré de 8 points de pourcentage.",
      article: 'C. com. L441-9 I; CCP R2192-31',
      verbatim: false,
    });
  });

  it('satisfies the mention check as the figure does', () => {
    for (const [customerKind, rule] of [
      ['business', 'b2bDefault'],
      ['publicBuyer', 'publicBuyer'],
    ] as const) {
      const mentions = legalMentions({
        customerKind,
        dueDate: '2026-10-15',
        statutoryPenaltyRule: rule,
      });
      const textOf = (id: string): string | undefined =>
        mentions.find((mention) => mention.id === id)?.text;
      const check = checkInvoiceMentions(
        {
          seller: {},
          buyer: { kind: customerKind },
          dueDate: '2026-10-15',
          penaltyRateText: textOf('latePenaltyRate'),
          recoveryIndemnityText: textOf('recoveryIndemnity'),
          escompteText: textOf('escompteConditions'),
        },
        { asOf: '2026-09-15' },
      );
      const payment = ['paymentDate', 'escompteConditions', 'latePenaltyRate', 'recoveryIndemnity'];
      const findings = [...check.missing, ...check.invalid].map((finding) => finding.mention);
      expect(findings.filter((mention) => payment.includes(mention))).toEqual([]);
    }
  });

  it("refuses a rule that is not the customer's, a rule with a rate, and a rule for a consumer", () => {
    expect(
      issuesOf({
        customerKind: 'business',
        dueDate: '2026-09-30',
        statutoryPenaltyRule: 'publicBuyer',
      }),
    ).toEqual([['statutoryPenaltyRule', 'conflicting_fields']]);
    expect(
      issuesOf({
        customerKind: 'publicBuyer',
        paymentOnReceipt: true,
        statutoryPenaltyRule: 'b2bDefault',
      }),
    ).toEqual([['statutoryPenaltyRule', 'conflicting_fields']]);
    expect(issuesOf({ customerKind: 'consumer', statutoryPenaltyRule: 'b2bDefault' })).toEqual([
      ['statutoryPenaltyRule', 'conflicting_fields'],
    ]);
    expect(
      issuesOf({
        customerKind: 'business',
        dueDate: '2026-09-30',
        latePenaltyRate: '12.15',
        statutoryPenaltyRule: 'b2bDefault',
      }),
    ).toEqual([['statutoryPenaltyRule', 'conflicting_fields']]);
    expect(
      issuesOf({ customerKind: 'business', dueDate: '2026-09-30', statutoryPenaltyRule: 'rule' }),
    ).toEqual([['statutoryPenaltyRule', 'invalid_value']]);
  });
});

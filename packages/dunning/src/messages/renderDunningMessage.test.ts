import { deepFreeze } from '@tpe/core';
import { type CustomerKind, computeLatePenalty } from '@tpe/legal-fr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DUNNING_TEMPLATES,
  type BuiltInDunningTemplateId,
  type DunningMessageInput,
  type DunningMessageReceivable,
  renderDunningMessage,
} from '../index.js';

/** The French no-break space, before `:`, `;`, `%`, `€` and after `n°`. */
const NB = '\u00a0';
/** The narrow no-break space between thousands. */
const NN = '\u202f';

/**
 * GC-12: 1,200.00 € TTC due 2026-03-16, on 2026-04-15 → 30 days late at
 * 12.15 % (ECB 2.15 % + 10) → 1200 × 0.1215 × 30 / 365 = 11.98 €, plus the
 * 40.00 € indemnity = 51.98 €; claimed 1,200.00 + 51.98 = 1,251.98 €.
 */
const GC12: DunningMessageReceivable = {
  number: 'F-2026-014',
  issueDate: '2026-01-15',
  dueDate: '2026-03-16',
  amount: '1200.00',
  outstanding: '1200.00',
  daysLate: 30,
  penalty: '11.98',
  indemnity: '40.00',
  penaltyRates: ['12.15'],
};

/** The GC-12 invoice as each kind of customer owes it: a consumer owes no indemnity nor penalty before the notice. */
function receivableFor(kind: CustomerKind): DunningMessageReceivable {
  return kind === 'consumer'
    ? { ...GC12, penalty: '0', indemnity: '0', penaltyRates: undefined }
    : GC12;
}

function inputFor(
  templateId: string,
  kind: CustomerKind,
  claimsPenalties: boolean,
  extra: Partial<DunningMessageInput> = {},
): DunningMessageInput {
  const receivable = receivableFor(kind);
  const claimed = claimsPenalties && kind !== 'consumer' ? '1251.98' : '1200.00';
  return {
    templateId,
    customer: {
      id: 'c-1',
      kind,
      name: 'Boulangerie Martin SARL',
      postalAddress: ['3 place du Marché', '69002 Lyon'],
    },
    creditor: {
      name: 'Atelier Lumière SARL',
      address: ['12 rue des Lilas', '69003 Lyon'],
      siren: '732829320',
      email: 'compta@atelier-lumiere.fr',
      iban: 'FR7630006000011234567890189',
      bic: 'BNPAFRPP',
      signature: 'Marie Durand, comptabilité',
    },
    receivables: [receivable],
    totals: {
      outstanding: '1200.00',
      penalties: receivable.penalty,
      indemnities: receivable.indemnity,
      claimed,
    },
    currency: 'EUR',
    asOf: '2026-04-15',
    level: 1,
    claimsPenalties,
    ...extra,
  };
}

function lines(text: string): string[] {
  return text.split('\n');
}

const INVOICE_LINE = `- Facture n°${NB}F-2026-014 du 15/01/2026, échue le 16/03/2026 (30 jours de retard)${NB}: 1${NN}200,00${NB}€ TTC, reste dû 1${NN}200,00${NB}€`;
const BUSINESS_CLAIM_LINE = `  Pénalités de retard (taux annuel 12,15${NB}%)${NB}: 11,98${NB}€${NB}; indemnité forfaitaire pour frais de recouvrement${NB}: 40,00${NB}€`;
const PUBLIC_CLAIM_LINE = `  Intérêts moratoires (taux annuel 12,15${NB}%)${NB}: 11,98${NB}€${NB}; indemnité forfaitaire pour frais de recouvrement${NB}: 40,00${NB}€`;

const SUBJECTS: Readonly<Record<BuiltInDunningTemplateId, string>> = {
  preReminder: `Échéance prochaine de votre facture n°${NB}F-2026-014`,
  courteousReminder: `Rappel${NB}: facture n°${NB}F-2026-014 en attente de règlement`,
  firmReminder: `Relance${NB}: facture n°${NB}F-2026-014 impayée`,
  formalNotice: `Mise en demeure de payer – facture n°${NB}F-2026-014`,
  finalNotice: `Dernier avis avant poursuites – facture n°${NB}F-2026-014`,
};

const KINDS: readonly CustomerKind[] = ['business', 'consumer', 'publicBuyer'];

describe('renderDunningMessage — the built-in templates', () => {
  it('uses the amounts of worked case GC-12 as computeLatePenalty gives them', () => {
    const late = computeLatePenalty({
      amount: '1200.00',
      dueDate: '2026-03-16',
      asOf: '2026-04-15',
      debtor: 'business',
    });
    expect([late.daysLate, late.penalty, late.indemnity]).toEqual([30, '11.98', '40.00']);
  });

  for (const templateId of BUILT_IN_DUNNING_TEMPLATES) {
    for (const kind of KINDS) {
      it(`${templateId} for a ${kind}: subject, invoice line, no indemnity for a consumer`, () => {
        const claims = templateId !== 'preReminder' && templateId !== 'courteousReminder';
        const message = renderDunningMessage(inputFor(templateId, kind, claims));
        expect(message.subject).toBe(SUBJECTS[templateId]);
        expect(lines(message.text)).toContain(INVOICE_LINE);
        expect(lines(message.text)[0]).not.toBe('');
        expect(message.text.endsWith('\nAtelier Lumière SARL\n')).toBe(true);
        if (kind === 'consumer') {
          expect(message.text).not.toContain('40,00');
          expect(message.text).not.toContain(`40${NB}€`);
          expect(message.text).not.toContain('indemnité');
          expect(message.html).not.toContain('Indemnité');
          expect(message.text).not.toContain('L441-10');
        }
        if (kind === 'publicBuyer') expect(message.text).not.toContain('L441-10');
        if (kind !== 'publicBuyer') expect(message.text).not.toContain('moratoires');
      });
    }
  }

  it('a business firm reminder claiming penalties states them with L441-10 II and D441-5', () => {
    const text = renderDunningMessage(inputFor('firmReminder', 'business', true)).text;
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        'Madame, Monsieur,',
        `Malgré notre précédent rappel, la facture suivante reste impayée à ce jour${NB}:`,
        INVOICE_LINE,
        BUSINESS_CLAIM_LINE,
        `Total restant dû${NB}: 1${NN}200,00${NB}€`,
        `Total des pénalités de retard${NB}: 11,98${NB}€`,
        `Total des indemnités forfaitaires${NB}: 40,00${NB}€`,
        `Total réclamé${NB}: 1${NN}251,98${NB}€`,
        `Conformément à l'article L441-10 II du Code de commerce, tout retard de paiement fait courir de plein droit, dès le lendemain de la date d'échéance et sans qu'un rappel soit nécessaire, des pénalités de retard, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40${NB}€ par facture (article D441-5 du Code de commerce). Au 15 avril 2026, la somme due s'élève ainsi à 1${NN}251,98${NB}€, dont 11,98${NB}€ de pénalités de retard et 40,00${NB}€ d'indemnité forfaitaire.`,
        `Nous vous demandons de bien vouloir nous régler la somme de 1${NN}251,98${NB}€ sous huit jours. À défaut, nous serons contraints de vous adresser une mise en demeure de payer.`,
      ]),
    );
  });

  it('a business reminder that does not claim penalties shows neither them nor the 40 € indemnity', () => {
    const message = renderDunningMessage(inputFor('firmReminder', 'business', false));
    expect(message.text).not.toContain('40,00');
    expect(message.text).not.toContain('L441-10');
    expect(message.html).not.toContain('Pénalités');
    expect(lines(message.text)).toContain(
      `Nous vous demandons de bien vouloir nous régler la somme de 1${NN}200,00${NB}€ sous huit jours. À défaut, nous serons contraints de vous adresser une mise en demeure de payer.`,
    );
  });

  it('the formal notice to a business carries every element of a mise en demeure (reference 11.2)', () => {
    const message = renderDunningMessage(
      inputFor('formalNotice', 'business', true, { replyBy: '2026-04-30' }),
    );
    const text = lines(message.text);
    // Creditor and debtor identification, the date, the registered letter, the heading.
    expect(text.slice(0, 16)).toEqual([
      'Atelier Lumière SARL',
      '12 rue des Lilas',
      '69003 Lyon',
      'SIREN 732 829 320',
      'compta@atelier-lumiere.fr',
      '',
      'Boulangerie Martin SARL',
      '3 place du Marché',
      '69002 Lyon',
      '',
      'Le 15 avril 2026',
      '',
      "Lettre recommandée avec demande d'avis de réception",
      `Objet${NB}: mise en demeure de payer`,
      '',
      'MISE EN DEMEURE',
    ]);
    expect(text).toEqual(
      expect.arrayContaining([
        INVOICE_LINE,
        BUSINESS_CLAIM_LINE,
        `Total réclamé${NB}: 1${NN}251,98${NB}€`,
        `Ces pénalités sont calculées en intérêts simples sur le montant TTC resté impayé, du lendemain de la date d'échéance jusqu'au 15 avril 2026, au taux annuel indiqué pour chaque facture.`,
        `Nous nous réservons le droit de demander, sur justification, une indemnisation complémentaire si nos frais de recouvrement dépassent le montant de cette indemnité forfaitaire (article L441-10 II du Code de commerce).`,
        `Par la présente, nous vous mettons en demeure de nous régler la somme totale de 1${NN}251,98${NB}€ au plus tard le 30 avril 2026.`,
        'Vous pouvez effectuer ce règlement par virement sur notre compte IBAN FR76 3000 6000 0112 3456 7890 189 (BIC BNPAFRPP), en indiquant le numéro de la facture en référence.',
        "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.",
        'À défaut de paiement au plus tard le 30 avril 2026, nous engagerons sans autre avis une procédure judiciaire de recouvrement (requête en injonction de payer ou assignation devant la juridiction compétente), sans préjudice de tous autres droits.',
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
      ]),
    );
    expect(text.slice(-3)).toEqual(['Marie Durand, comptabilité', 'Atelier Lumière SARL', '']);
  });

  it('the formal notice gives eight days from receipt when no replyBy is given', () => {
    const text = renderDunningMessage(inputFor('formalNotice', 'business', true)).text;
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        `Par la présente, nous vous mettons en demeure de nous régler la somme totale de 1${NN}251,98${NB}€ dans un délai de huit jours à compter de la réception de la présente.`,
        'À défaut de paiement dans ce délai, nous engagerons sans autre avis une procédure judiciaire de recouvrement (requête en injonction de payer ou assignation devant la juridiction compétente), sans préjudice de tous autres droits.',
      ]),
    );
  });

  it('without the rates, the formal notice states the legal rate of L441-10 II', () => {
    const input = inputFor('formalNotice', 'business', true);
    const text = renderDunningMessage({
      ...input,
      receivables: [{ ...GC12, penaltyRates: undefined }],
    }).text;
    expect(lines(text)).toContain(
      "Ces pénalités sont calculées en intérêts simples sur le montant TTC resté impayé, du lendemain de la date d'échéance jusqu'au 15 avril 2026, au taux prévu par nos conditions générales de vente ou, à défaut, au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points.",
    );
    expect(lines(text)).toContain(
      `  Pénalités de retard${NB}: 11,98${NB}€${NB}; indemnité forfaitaire pour frais de recouvrement${NB}: 40,00${NB}€`,
    );
  });

  it('the formal notice to a consumer starts legal interest (C. civ. 1231-6, 1344) and claims no indemnity', () => {
    const message = renderDunningMessage(
      inputFor('formalNotice', 'consumer', true, { replyBy: '2026-04-30' }),
    );
    expect(lines(message.text)).toEqual(
      expect.arrayContaining([
        'MISE EN DEMEURE',
        INVOICE_LINE,
        `Total restant dû${NB}: 1${NN}200,00${NB}€`,
        `Par la présente, nous vous mettons en demeure de nous régler la somme totale de 1${NN}200,00${NB}€ au plus tard le 30 avril 2026.`,
        "La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil. Conformément à l'article 1231-6 du même code, elle fait courir, à compter de sa date, les intérêts au taux légal sur les sommes dues.",
      ]),
    );
    expect(message.text).not.toContain('Total réclamé');
  });

  it('a consumer whose legal interest has run is told of it, with its basis', () => {
    // After the notice: 1200 × 2.62 % × 10 / 365 = 0.8613… → 0.86 €; 1200.00 + 0.86 = 1200.86 €.
    const input = inputFor('finalNotice', 'consumer', true);
    const message = renderDunningMessage({
      ...input,
      receivables: [{ ...receivableFor('consumer'), penalty: '0.86', penaltyRates: ['2.62'] }],
      totals: { outstanding: '1200.00', penalties: '0.86', indemnities: '0', claimed: '1200.86' },
    });
    expect(lines(message.text)).toEqual(
      expect.arrayContaining([
        `  Intérêts de retard (taux annuel 2,62${NB}%)${NB}: 0,86${NB}€`,
        `Total des intérêts de retard${NB}: 0,86${NB}€`,
        `Total réclamé${NB}: 1${NN}200,86${NB}€`,
        `Les intérêts de retard, calculés au taux prévu par nos conditions générales de vente ou, à défaut, au taux de l'intérêt légal à compter de la mise en demeure (articles 1231-6 et 1344 du Code civil), s'élèvent au 15 avril 2026 à 0,86${NB}€, soit une somme due de 1${NN}200,86${NB}€.`,
      ]),
    );
    expect(message.text).not.toContain('indemnité');
  });

  it('a public buyer is told of moratory interest and the indemnity (CCP R2192-31, D2192-35, R2192-36)', () => {
    const message = renderDunningMessage(inputFor('formalNotice', 'publicBuyer', true));
    expect(lines(message.text)).toEqual(
      expect.arrayContaining([
        PUBLIC_CLAIM_LINE,
        `Total des intérêts moratoires${NB}: 11,98${NB}€`,
        `Conformément aux articles R2192-31 et D2192-35 du Code de la commande publique, le dépassement du délai de paiement fait courir de plein droit, et sans autre formalité, des intérêts moratoires, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40${NB}€ par facture. Ces sommes sont à verser dans un délai de 45 jours suivant la mise en paiement du principal (article R2192-36 du même code). Au 15 avril 2026, la somme due s'élève ainsi à 1${NN}251,98${NB}€, dont 11,98${NB}€ d'intérêts moratoires et 40,00${NB}€ d'indemnité forfaitaire.`,
        "À défaut de paiement dans ce délai, nous saisirons sans autre avis le juge administratif, notamment par la voie du référé-provision, afin d'obtenir le paiement des sommes dues.",
      ]),
    );
    expect(message.text).not.toContain('1344');
    expect(message.text).not.toContain('injonction');
  });

  it('a courtesy note before the due date shows no days late and asks to pay on the due date', () => {
    const input = inputFor('preReminder', 'business', false, { asOf: '2026-03-11' });
    const message = renderDunningMessage({
      ...input,
      receivables: [
        { ...GC12, daysLate: -5, penalty: '0', indemnity: '0', penaltyRates: undefined },
      ],
      totals: { outstanding: '1200.00', penalties: '0', indemnities: '0', claimed: '1200.00' },
    });
    expect(lines(message.text)).toEqual(
      expect.arrayContaining([
        `Nous nous permettons de vous rappeler que la facture suivante arrive prochainement à échéance${NB}:`,
        `- Facture n°${NB}F-2026-014 du 15/01/2026, payable le 16/03/2026${NB}: 1${NN}200,00${NB}€ TTC, reste dû 1${NN}200,00${NB}€`,
        'Nous vous remercions de bien vouloir prévoir son règlement à la date prévue.',
      ]),
    );
    expect(message.html).not.toContain('Jours de retard');
  });

  it('several invoices are named in the subject and agreed in the plural', () => {
    const second: DunningMessageReceivable = {
      ...GC12,
      number: 'F-2026-020',
      issueDate: '2026-02-01',
      dueDate: '2026-04-14',
      amount: '500.00',
      outstanding: '250.00',
      daysLate: 1,
      penalty: '0',
      indemnity: '0',
    };
    const input = inputFor('courteousReminder', 'business', false);
    const message = renderDunningMessage({
      ...input,
      receivables: [GC12, second],
      totals: {
        outstanding: '1450.00',
        penalties: '11.98',
        indemnities: '40.00',
        claimed: '1450.00',
      },
    });
    expect(message.subject).toBe(
      `Rappel${NB}: factures n°${NB}F-2026-014 et F-2026-020 en attente de règlement`,
    );
    expect(lines(message.text)).toEqual(
      expect.arrayContaining([
        `Sauf erreur ou omission de notre part, les factures suivantes n'ont pas encore été réglées à ce jour${NB}:`,
        `- Facture n°${NB}F-2026-020 du 01/02/2026, échue le 14/04/2026 (1 jour de retard)${NB}: 500,00${NB}€ TTC, reste dû 250,00${NB}€`,
        `Total restant dû${NB}: 1${NN}450,00${NB}€`,
        `Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir procéder au règlement de 1${NN}450,00${NB}€ dans les meilleurs délais.`,
        'Si vous avez réglé ces factures entre-temps, nous vous remercions de ne pas tenir compte de ce message.',
      ]),
    );
  });

  it('leaves out the lines of what the creditor does not give, without blank lines', () => {
    const input = inputFor('formalNotice', 'business', true);
    const text = renderDunningMessage({
      ...input,
      creditor: { name: 'Atelier Lumière SARL' },
    }).text;
    expect(lines(text).slice(0, 5)).toEqual([
      'Atelier Lumière SARL',
      '',
      'Boulangerie Martin SARL',
      '3 place du Marché',
      '69002 Lyon',
    ]);
    expect(text).not.toContain('IBAN');
    expect(text).not.toContain('\n\n\n');
    expect(lines(text).slice(-3)).toEqual(['', 'Atelier Lumière SARL', '']);
  });

  it('writes the HTML with an inline-styled table of the invoices', () => {
    const html = renderDunningMessage(inputFor('firmReminder', 'business', true)).html;
    const td = 'border:1px solid #cccccc;padding:4px 8px;text-align:left;vertical-align:top';
    const number = `${td};text-align:right;white-space:nowrap`;
    expect(
      html.startsWith(
        '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n<p style="margin:0 0 12px 0">Madame, Monsieur,</p>\n',
      ),
    ).toBe(true);
    expect(html).toContain(
      `<tr><td style="${td}">F-2026-014</td><td style="${td}">15/01/2026</td><td style="${td}">16/03/2026</td><td style="${number}">1${NN}200,00${NB}€</td><td style="${number}">1${NN}200,00${NB}€</td><td style="${number}">30</td><td style="${number}">12,15${NB}%</td><td style="${number}">11,98${NB}€</td><td style="${number}">40,00${NB}€</td></tr>`,
    );
    expect(html).toContain(
      `<tr><td colspan="8" style="${td};font-weight:bold">Total réclamé</td><td style="${number};font-weight:bold">1${NN}251,98${NB}€</td></tr>`,
    );
    expect(html).toContain(
      `<p style="margin:0 0 12px 0">Marie Durand, comptabilité<br>Atelier Lumière SARL</p>\n</div>`,
    );
    expect(html).not.toContain('<p style="margin:0 0 12px 0"><table');
  });

  it('is deterministic and does not mutate its input', () => {
    const input = deepFreeze(inputFor('formalNotice', 'business', true, { replyBy: '2026-04-30' }));
    const copy = structuredClone(input);
    const first = renderDunningMessage(input);
    expect(renderDunningMessage(input)).toEqual(first);
    expect(input).toEqual(copy);
  });
});

describe('renderDunningMessage — escaping', () => {
  const hostile = `<b>&"'`;

  it('prints a name as is in the text and escaped once in the HTML', () => {
    const input = inputFor('formalNotice', 'business', true);
    const message = renderDunningMessage({
      ...input,
      customer: { ...input.customer, name: hostile },
      creditor: { ...input.creditor, signature: '<script>alert(1)</script>' },
    });
    expect(lines(message.text)).toContain(hostile);
    expect(message.html).toContain(
      '<p style="margin:0 0 12px 0">&lt;b&gt;&amp;&quot;&#39;<br>3 place du Marché',
    );
    expect(message.html).not.toContain('<b>');
    expect(message.html).not.toContain('&amp;lt;');
    expect(message.html).not.toContain('&amp;amp;');
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>Atelier Lumière SARL');
  });

  it('escapes an invoice number in the table, keeps it in the text and the subject, and keeps the subject on one line', () => {
    const input = inputFor('courteousReminder', 'business', false);
    const message = renderDunningMessage({
      ...input,
      receivables: [{ ...GC12, number: 'A&B<1>\r\nBcc: x' }],
    });
    expect(message.subject).toBe(
      `Rappel${NB}: facture n°${NB}A&B<1> Bcc: x en attente de règlement`,
    );
    expect(message.text).toContain(`- Facture n°${NB}A&B<1>\r\nBcc: x du 15/01/2026`);
    expect(message.html).toContain('>A&amp;B&lt;1&gt;\r\nBcc: x</td>');
    expect(message.html).not.toContain('<1>');
  });

  it('escapes once whatever the customer name, line breaks included (property)', () => {
    const oracle = (text: string) =>
      text
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replaceAll('"', '&quot;')
        .replaceAll("'", '&#39;');
    const input = inputFor('formalNotice', 'business', true);
    fc.assert(
      fc.property(
        fc.string({
          maxLength: 40,
          unit: fc.constantFrom('<', '>', '&', '"', "'", ';', 'a', ' ', '\n', '\r', 'amp', '&amp;'),
        }),
        (middle) => {
          // Framed by letters: the HTML paragraph of the name starts with it.
          const name = `N${middle}N`;
          const message = renderDunningMessage({ ...input, customer: { ...input.customer, name } });
          expect(message.text).toContain(name);
          const escaped = oracle(name).replace(/\r?\n/g, '<br>');
          expect(message.html).toContain(`<p style="margin:0 0 12px 0">${escaped}`);
        },
      ),
    );
  });
});

describe('renderDunningMessage — custom templates', () => {
  const custom = {
    id: 'nudge',
    subject: 'Relance {{ customer.name }} – {{totals.claimed}}',
    text: [
      'Bonjour {{customer.name}},',
      '',
      '{{#receivables}}',
      '* {{number}} : {{outstanding}} au {{dueDate}}{{#isLate}} ({{daysLate}} j){{/isLate}}',
      '{{/receivables}}',
      '',
      '{{#claimsPenalties}}',
      'Pénalités : {{totals.penalties}}',
      '',
      '{{/claimsPenalties}}',
      '{{^replyBy}}',
      'Merci.',
      '{{/replyBy}}',
    ].join('\n'),
  };

  it('renders the text with loops and sections, and the HTML from the text', () => {
    const input = inputFor('nudge', 'business', true, { templates: [custom] });
    const message = renderDunningMessage({
      ...input,
      customer: { ...input.customer, name: 'A & B' },
    });
    expect(message.subject).toBe(`Relance A & B – 1${NN}251,98${NB}€`);
    expect(message.text).toBe(
      `Bonjour A & B,\n\n* F-2026-014 : 1${NN}200,00${NB}€ au 16/03/2026 (30 j)\n\nPénalités : 11,98${NB}€\n\nMerci.\n`,
    );
    expect(message.html).toBe(
      [
        '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
        '<p style="margin:0 0 12px 0">Bonjour A &amp; B,</p>',
        `<p style="margin:0 0 12px 0">* F-2026-014 : 1${NN}200,00${NB}€ au 16/03/2026 (30 j)</p>`,
        `<p style="margin:0 0 12px 0">Pénalités : 11,98${NB}€</p>`,
        '<p style="margin:0 0 12px 0">Merci.</p>',
        '</div>',
      ].join('\n'),
    );
  });

  it('leaves out what a section hides, with its lines', () => {
    const input = inputFor('nudge', 'business', false, {
      templates: [custom],
      replyBy: '2026-04-30',
    });
    const message = renderDunningMessage({
      ...input,
      totals: { ...input.totals, claimed: '1200.00' },
    });
    expect(message.text).toBe(
      `Bonjour Boulangerie Martin SARL,\n\n* F-2026-014 : 1${NN}200,00${NB}€ au 16/03/2026 (30 j)\n\n`,
    );
  });

  it('uses the HTML given, escaping the values and keeping the markup', () => {
    const template = {
      ...custom,
      html: '<h1 title="{{customer.name}}">{{customer.postalAddress}}</h1>{{receivablesTable}}',
    };
    const input = inputFor('nudge', 'business', true, { templates: [template] });
    const html = renderDunningMessage({
      ...input,
      customer: { ...input.customer, name: '"><img src=x>' },
    }).html;
    expect(
      html.startsWith(
        '<h1 title="&quot;&gt;&lt;img src=x&gt;">3 place du Marché<br>69002 Lyon</h1><table style="border-collapse:collapse;margin:0 0 12px 0">',
      ),
    ).toBe(true);
    expect(html.endsWith('</table>')).toBe(true);
  });

  it('replaces a built-in template given with the same id', () => {
    const input = inputFor('formalNotice', 'consumer', true, {
      templates: [{ id: 'formalNotice', subject: 'Mise en demeure', text: '{{receivablesTable}}' }],
    });
    const message = renderDunningMessage(input);
    expect(message.subject).toBe('Mise en demeure');
    expect(message.text).toBe(`${INVOICE_LINE}\n\nTotal restant dû${NB}: 1${NN}200,00${NB}€`);
  });

  it('lets one template vary by kind of customer', () => {
    const template = {
      id: 'byKind',
      subject:
        '{{#customer.isConsumer}}Particulier{{/customer.isConsumer}}{{#customer.isBusiness}}Entreprise{{/customer.isBusiness}}{{#customer.isPublicBuyer}}Acheteur public{{/customer.isPublicBuyer}}',
      text: '',
    };
    const subjects = KINDS.map(
      (kind) =>
        renderDunningMessage(inputFor('byKind', kind, false, { templates: [template] })).subject,
    );
    expect(subjects).toEqual(['Entreprise', 'Particulier', 'Acheteur public']);
  });

  it('reads templates written with CRLF line ends', () => {
    const template = {
      id: 'crlf',
      subject: 'Relance',
      text: '{{#claimsPenalties}}\r\nPénalités\r\n{{/claimsPenalties}}\r\nTotal {{totals.claimed}}\r\n\r\nMerci',
    };
    const message = renderDunningMessage(
      inputFor('crlf', 'business', true, { templates: [template] }),
    );
    expect(message.text).toBe(`Pénalités\r\nTotal 1${NN}251,98${NB}€\r\n\r\nMerci`);
    expect(message.html).toContain(
      `<p style="margin:0 0 12px 0">Pénalités<br>Total 1${NN}251,98${NB}€</p>\n<p style="margin:0 0 12px 0">Merci</p>`,
    );
  });

  it('renders a template of 18,000 placeholders', () => {
    const text = `{{#receivables}}${'{{number}}\n'.repeat(18_000)}{{/receivables}}`;
    const message = renderDunningMessage(
      inputFor('big', 'business', false, { templates: [{ id: 'big', subject: '', text }] }),
    );
    expect(message.text.length).toBe('F-2026-014\n'.length * 18_000);
  });

  it('raises UNKNOWN_PLACEHOLDER with where it is', () => {
    const template = { id: 'nudge', subject: 'Relance', text: 'Bonjour,\n{{customer.nom}}' };
    const input = inputFor('nudge', 'business', false, {
      templates: [{ ...custom, id: 'other' }, template],
    });
    expect(() => renderDunningMessage(input)).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_PLACEHOLDER',
        details: { templateId: 'nudge', part: 'text', line: 2, placeholder: 'customer.nom' },
        issues: [
          expect.objectContaining({ path: ['templates', 1, 'text'], code: 'unknown_placeholder' }),
        ],
      }),
    );
  });

  it('raises INVALID_TEMPLATE for a section left open', () => {
    const template = { id: 'nudge', subject: 'Relance', text: '{{#receivables}}{{number}}' };
    expect(() =>
      renderDunningMessage(inputFor('nudge', 'business', false, { templates: [template] })),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_TEMPLATE' }));
  });
});

describe('renderDunningMessage — bad input', () => {
  const base = inputFor('firmReminder', 'business', true);

  it.each([null, 42, 'formalNotice', [], {}])('refuses %j', (input) => {
    expect(() => renderDunningMessage(input as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it.each([
    [
      'an unknown template',
      { ...base, templateId: 'reminder' },
      ['templateId'],
      'unknown_template',
    ],
    [
      'an indemnity claimed from a consumer',
      {
        ...inputFor('firmReminder', 'consumer', true),
        receivables: [{ ...GC12, penalty: '0' }],
        totals: {
          outstanding: '1200.00',
          penalties: '0',
          indemnities: '40.00',
          claimed: '1240.00',
        },
      },
      ['receivables', 0, 'indemnity'],
      'indemnity_not_due',
    ],
    [
      'a total that is not the sum',
      { ...base, totals: { ...base.totals, claimed: '1200.00' } },
      ['totals', 'claimed'],
      'inconsistent_total',
    ],
    [
      'an outstanding above the amount',
      { ...base, receivables: [{ ...GC12, outstanding: '1300.00' }] },
      ['receivables', 0, 'outstanding'],
      'exceeds_amount',
    ],
    [
      'a deadline before the message',
      { ...base, replyBy: '2026-04-14' },
      ['replyBy'],
      'before_as_of',
    ],
    [
      'cents in yen',
      { ...base, currency: 'JPY' },
      ['receivables', 0, 'amount'],
      'too_many_decimals',
    ],
    [
      'a wrong IBAN',
      { ...base, creditor: { ...base.creditor, iban: 'FR7630006000011234567890188' } },
      ['creditor', 'iban'],
      'invalid_iban',
    ],
    [
      'two templates with one id',
      {
        ...base,
        templates: [
          { id: 'a', subject: '', text: '' },
          { id: 'a', subject: '', text: '' },
        ],
      },
      ['templates', 1, 'id'],
      'duplicate_template',
    ],
    [
      'an invoice of zero',
      {
        ...base,
        receivables: [{ ...GC12, amount: '0', outstanding: '0', penalty: '0', indemnity: '0' }],
        totals: { outstanding: '0', penalties: '0', indemnities: '0', claimed: '0' },
      },
      ['receivables', 0, 'amount'],
      'not_positive',
    ],
    ['no receivable', { ...base, receivables: [] }, ['receivables'], 'too_small'],
    [
      'an amount as a number',
      { ...base, receivables: [{ ...GC12, amount: 1200 }] },
      ['receivables', 0, 'amount'],
      'invalid_type',
    ],
  ])('refuses %s', (_name, input, path, code) => {
    expect(() => renderDunningMessage(input as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: expect.arrayContaining([expect.objectContaining({ path, code })]),
      }),
    );
  });
});

import { FormatFactoryService, type Invoice, InvoiceService } from '@e-invoice-eu/core';
import { readInvoiceXml, toCII } from '@tpe/e-invoicing';
import { expect, it } from 'vitest';
import {
  type FloorMeasure,
  measureAgainstFloor,
  reportMeasures,
} from '../../../bench/floorRatio.js';
import { peerInvoiceOf } from './peerInvoice.js';
import { seededInvoices } from './seededInvoices.js';

/**
 * toCII on 1,000 seeded invoices (see seededInvoices.ts: multi-rate VAT,
 * allowances and charges, credit notes, deposit invoices, public buyer,
 * exemptions) against @e-invoice-eu/core 2.3.4 writing the CII of the same
 * invoices, its input made once, before timing, from what readInvoiceXml
 * reads back from ours (it takes every total as given; ours computes them
 * with computeDocumentTotals and checks the input with its schemas).
 *
 * The reference here is the other library, not a bare floor, and ours is to
 * be the faster: the ratio is our time per invoice over its time, and the
 * target ≤ 0.1 means at least 10 times faster. Two paths of the peer:
 * - its fastest: the XML its Factur-X EN16931 format embeds in the PDF
 *   (FormatCIIService.generate run with the Factur-X EN16931 profile),
 *   without the JSON schema validation that its public API does — so with
 *   fewer checks than ours;
 * - its public API, InvoiceService.generate with the format CII: it compiles
 *   its JSON schema with ajv on every call (about 13 invoices a second on an
 *   idle machine), so it is timed on the first 20 invoices and compared per
 *   invoice.
 * Its generate functions are `async` but do all their work before returning
 * (no await inside for XML formats): a loop of calls is timed as it runs.
 */

const COUNT = 1_000;
const PUBLIC_API_COUNT = 20;

const logger = { log: () => {}, warn: () => {}, error: () => {} };
const invoices = seededInvoices(COUNT, 20260301);

function ours(): readonly string[] {
  return invoices.map((invoice) => toCII(invoice));
}

const peerInputs: readonly Invoice[] = ours().map((xml) => peerInvoiceOf(readInvoiceXml(xml)));

const factory = new FormatFactoryService();
const facturXEn16931 = factory.createFormatService('Factur-X-EN16931', logger);
const writeCiiXml = factory.createFormatService('CII', logger).generate;
const fastOptions = { format: 'Factur-X-EN16931', lang: 'fr-fr' };
// fillInvoiceDefaults adds the specification identifier once; the inputs are the peer's own copies
const fastInputs = peerInputs.map((input) => {
  const copy = structuredClone(input);
  facturXEn16931.fillInvoiceDefaults(copy);
  return copy;
});

function peerFastest(): readonly Promise<string | Uint8Array>[] {
  return fastInputs.map((input) => writeCiiXml.call(facturXEn16931, input, fastOptions));
}

const invoiceService = new InvoiceService(logger);
const publicInputs = peerInputs.slice(0, PUBLIC_API_COUNT);

function peerPublicApi(): readonly Promise<string | Uint8Array>[] {
  return publicInputs.map((input) =>
    invoiceService.generate(input, { format: 'CII', lang: 'fr-fr' }),
  );
}

/** The number and the grand total of a CII, however it is indented. */
function numberAndTotal(xml: string | Uint8Array): string {
  const text = typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
  const number = /<rsm:ExchangedDocument>\s*<ram:ID>([^<]*)</.exec(text)?.[1];
  const total = /<ram:GrandTotalAmount[^>]*>([^<]*)</.exec(text)?.[1];
  return `${number} ${total}`;
}

function speedUp(measure: FloorMeasure): string {
  return `${(1 / measure.ratio).toFixed(1)}×`;
}

it('toCII against @e-invoice-eu/core writing the same invoices', async () => {
  const ourXml = ours();
  // the peer writes the same invoices: same numbers and grand totals
  const fastXml = await Promise.all(peerFastest());
  expect(fastXml.map(numberAndTotal)).toEqual(ourXml.map(numberAndTotal));
  // the results were compared above (the peer's are promises): the harness counts them
  const same = (library: readonly unknown[], floor: readonly unknown[]) =>
    library.length === COUNT && (floor.length === COUNT || floor.length === PUBLIC_API_COUNT);
  const fastest = measureAgainstFloor<readonly unknown[]>({
    name: 'toCII vs @e-invoice-eu/core fastest path (no schema validation), 1,000 invoices',
    items: COUNT,
    library: ours,
    floor: peerFastest,
    same,
    target: 0.1,
  });
  // its public API compiles a schema on each call, which leaves its mark on the heap: measured last
  const publicXml = await Promise.all(peerPublicApi());
  expect(publicXml.map(numberAndTotal)).toEqual(
    ourXml.slice(0, PUBLIC_API_COUNT).map(numberAndTotal),
  );
  const publicApi = measureAgainstFloor<readonly unknown[]>({
    name: `toCII (1,000 invoices) vs @e-invoice-eu/core public API (${PUBLIC_API_COUNT} invoices, per invoice)`,
    items: COUNT,
    floorItems: PUBLIC_API_COUNT,
    library: ours,
    floor: peerPublicApi,
    same,
    target: 0.1,
  });
  reportMeasures('toCII (@tpe/e-invoicing); floor = @e-invoice-eu/core 2.3.4', [
    fastest,
    publicApi,
  ]);
  console.log(
    `peer fastest / ours: ${speedUp(fastest)}; peer public API / ours: ${speedUp(publicApi)} (target ≥ 10×)`,
  );
}, 1_800_000);

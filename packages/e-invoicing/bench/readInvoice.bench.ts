import { readInvoiceXml, toCII } from '@tpe/e-invoicing';
import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';
import { XML_PARSER_OPTIONS } from '../src/read/internal/xmlParserOptions.js';
import { seededInvoices } from './seededInvoices.js';

/**
 * readInvoiceXml on the CII of 1,000 seeded invoices (see seededInvoices.ts;
 * 13 kB and 6.5 lines on average), written before timing, against a floor:
 * a bare fast-xml-parser parse of the same texts with the options our
 * reader uses — the least any reader of these files must do. The library
 * also refuses DTDs, checks that the XML is well-formed, recognises the
 * syntax, reads every field into the normalized invoice with exact decimals
 * and runs every check (arithmetic BR-CO-10 to BR-CO-17, identifiers, VAT
 * rates, decimals).
 */

const COUNT = 1_000;

const texts = seededInvoices(COUNT, 20260301).map((invoice) => toCII(invoice));
const parser = new XMLParser(XML_PARSER_OPTIONS);

type Parsed = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;

/** The number of each invoice, as the reader gives it. */
function library(): readonly unknown[] {
  return texts.map((text) => readInvoiceXml(text).number);
}

/** The number of each invoice, as the bare parse finds it. */
function floor(): readonly unknown[] {
  return texts.map(
    (text) => (parser.parse(text) as Parsed).CrossIndustryInvoice?.ExchangedDocument?.ID,
  );
}

function same(read: readonly unknown[], parsed: readonly unknown[]): boolean {
  return read.length === COUNT && read.every((number, index) => number === parsed[index]);
}

it('readInvoiceXml against a bare fast-xml-parser parse', () => {
  // read without an error: the invoices are right, the checks find nothing but warnings
  const errors = texts.flatMap((text) =>
    readInvoiceXml(text).findings.filter((finding) => finding.severity === 'error'),
  );
  expect(errors).toEqual([]);
  expect(same(library(), floor())).toBe(true);
  const measure = measureAgainstFloor({
    name: 'readInvoiceXml, CII of 1,000 invoices',
    items: COUNT,
    library,
    floor,
    same,
    target: 3,
  });
  reportMeasures('readInvoiceXml (@tpe/e-invoicing); floor = fast-xml-parser parse', [measure]);
}, 900_000);

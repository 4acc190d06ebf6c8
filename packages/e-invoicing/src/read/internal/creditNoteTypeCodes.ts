/**
 * The UNTDID 1001 document type codes of credit notes that EN 16931 allows
 * (BT-3): credit note related to goods or services, self-billed, factored,
 * forwarder's, prepayment credit notes…
 */
export const CREDIT_NOTE_TYPE_CODES: ReadonlySet<string> = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

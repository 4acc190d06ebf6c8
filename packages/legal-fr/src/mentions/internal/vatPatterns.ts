/**
 * How the printed sentences are recognised. The VAT sentences themselves,
 * and their articles, are defined once: the `mention` of `vatCategory` for
 * each VAT treatment, and `VAT_ON_DEBITS`; each pattern accepts that wording
 * and its usual variants. Spaces may be ordinary or no-break; case and
 * accents on "é" / "è" are free.
 */
export const VAT_PATTERNS = Object.freeze({
  /** The franchise en base mention of `vatCategory('franchiseEnBase')`, by its article number. */
  franchise: /293\s*B\b/i,
  /** The reverse-charge mention of `vatCategory('reverseCharge')`, with or without a hyphen. */
  reverseCharge: /auto-?\s*liquidation/i,
  /** The VAT-on-debits statement of `VAT_ON_DEBITS`. */
  vatOnDebits: /d['’]\s*apr[eè]s\s+les\s+d[ée]bits/i,
  /**
   * A reference to the intra-EU supply exemption (`vatCategory('intraCommunitySupplyOfGoods')`):
   * CGI 262 ter I or directive 2006/112/EC art. 138.
   */
  intraCommunity:
    /262\s*ter\s*I\b|2006\s*\/\s*112[^\d]*(?:art\.?|article)?\s*138\b|\bart(?:\.|icle)?\s*138\b/i,
  /**
   * A reference to the export exemption (`vatCategory('export')`): CGI 262 I
   * or directive 2006/112/EC art. 146.
   */
  export: /262\s*I\b|2006\s*\/\s*112[^\d]*(?:art\.?|article)?\s*146\b|\bart(?:\.|icle)?\s*146\b/i,
  /**
   * A plain statement that the operation is exempt, without any article
   * number, such as the mention of `vatCategory('otherExemption')`.
   */
  plainExemption: /^[^\d]*(?:exon[ée]r|exempt)[^\d]*$/i,
  /** Anything that reads as an exemption reference (to spot a wrong one). */
  exemptionLike: /exon[ée]r|exempt|262\s*(?:ter\s*)?I|2006\s*\/\s*112/i,
  /** "40 €", "40,00 €", "40 euros", "40 EUR". */
  indemnityAmount: /(?:^|[^\d,.])40(?:[,.]00)?\s*(?:€|euros?\b|EUR\b)/i,
  /** A penalty clause that states a rate: a figure, or the ECB-based legal formula. */
  penaltyRate: /\d|BCE|taux\s+directeur|refinancement/i,
});

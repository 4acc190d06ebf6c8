import { isTpeError, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { computeDocumentHash } from './computeDocumentHash.js';
import { isPlainObject, refuseNotPlain } from './internal/plainData.js';
import { REGISTER_GENESIS_HASH, registerHashSchema } from './registerGenesisHash.js';

/**
 * What {@link verifyRegister} found wrong with a document of a register:
 *
 * - `edited`: its content no longer matches its `hash`;
 * - `removed`: a document is missing just before it (its `previousHash` is
 *   the hash of no document in the register), or at the end of the register
 *   (with `expectedLastHash`);
 * - `inserted`: it is not part of the chain (nothing follows it and the
 *   document after it follows the one before it; a second copy of a
 *   document; a document after the expected last one);
 * - `reordered`: it is in the chain, but not at its place.
 *
 * @example
 * ```ts
 * import type { RegisterFindingKind } from '@tpe/invoicing';
 *
 * const kind: RegisterFindingKind = 'removed';
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export type RegisterFindingKind = 'edited' | 'removed' | 'inserted' | 'reordered';

/**
 * One problem found by {@link verifyRegister}.
 *
 * @example
 * ```ts
 * import type { RegisterFinding } from '@tpe/invoicing';
 *
 * const finding: RegisterFinding = {
 *   kind: 'edited',
 *   index: 2,
 *   number: 'F2026-000003',
 *   message: 'Document 2 (F2026-000003) does not match its hash: it was changed after it was sealed',
 * };
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export interface RegisterFinding {
  readonly kind: RegisterFindingKind;
  /**
   * The position of the document in the list given. For `removed`: the
   * document just after the gap (the length of the list for a gap at the end).
   */
  readonly index: number;
  /** The `number` of that document, when it has one. */
  readonly number?: string;
  /** What was found, in plain words (English). */
  readonly message: string;
}

/**
 * The outcome of {@link verifyRegister}.
 *
 * @example
 * ```ts
 * import type { RegisterVerification } from '@tpe/invoicing';
 *
 * const summary = (result: RegisterVerification): string =>
 *   result.valid ? 'intact' : `${result.findings.length} problem(s)`;
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export interface RegisterVerification {
  /** `true` when every document matches its hash and the chain runs unbroken, in order. */
  readonly valid: boolean;
  /** The problems, by position; empty when `valid`. */
  readonly findings: readonly RegisterFinding[];
}

/**
 * Options of {@link verifyRegister}.
 *
 * @example
 * ```ts
 * import type { VerifyRegisterOptions } from '@tpe/invoicing';
 *
 * const options: VerifyRegisterOptions = { expectedLastHash: 'a'.repeat(64) };
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export interface VerifyRegisterOptions {
  /**
   * The `previousHash` of the first document: {@link REGISTER_GENESIS_HASH}
   * (the default) for a whole register, or the last hash of the part before
   * when verifying a later part alone (e.g. one year's archive).
   */
  readonly startHash?: string | undefined;
  /**
   * The hash the last document must have, as recorded elsewhere (a closing,
   * an archive, a printed total). Without it, documents removed from the end
   * of the register cannot be told from a register that stopped earlier.
   */
  readonly expectedLastHash?: string | undefined;
}

const optionsSchema = z.strictObject({
  startHash: registerHashSchema.optional(),
  expectedLastHash: registerHashSchema.optional(),
});

/** What is read of each document. */
interface Entry {
  readonly hash: string | undefined;
  readonly previousHash: string | undefined;
  readonly number: string | undefined;
  readonly sealed: boolean;
}

const ROOT = -1;
const MISSING = -2;
const KIND_ORDER: Readonly<Record<RegisterFindingKind, number>> = {
  removed: 0,
  inserted: 1,
  reordered: 2,
  edited: 3,
};

/**
 * Verifies a register of sealed documents: that each one still matches its
 * hash and that the chain of `previousHash` runs from the first to the last
 * without a gap, an extra document or a change of order — and says, when it
 * does not, which documents were edited, removed, inserted or reordered.
 *
 * **When to use**: to prove the inalterability of issued invoices (the
 * anti-fraud rules of CGI art. 286 I 3° bis and the NF525 practice expect a
 * chained signature of the records), on demand or before an archive.
 *
 * **Details**: a broken link is explained by the most direct cause: a link
 * to or from an edited document is put down to the edit; a `previousHash`
 * found nowhere to a removal; a document that nothing follows and that the
 * next one skips over to an insertion; what remains to a change of order
 * (the fewest documents out of place are named). Findings are returned as
 * data, sorted by position.
 *
 * **Gotchas**: a hash chain shows that documents were changed by someone who
 * did not recompute the hashes after them; anyone able to recompute every
 * later hash can rewrite the end of the register. Record the last hash
 * elsewhere from time to time (a daily or monthly closing) and pass it as
 * `expectedLastHash`. An empty register is valid.
 *
 * @param documents - the sealed documents, in register order
 * @param options - the start hash and the expected last hash
 * @returns `valid` and the findings
 * @throws {@link TpeError} `INVALID_INPUT` when `documents` is not an array of
 *   plain objects, or for malformed options (a tampered document is a
 *   finding, never a throw)
 *
 * @example
 * ```ts
 * import { sealDocument, verifyRegister } from '@tpe/invoicing';
 *
 * const first = sealDocument({ number: 'F2026-000001', total: '120.00' });
 * const second = sealDocument({ number: 'F2026-000002', total: '60.00' }, first.hash);
 * const third = sealDocument({ number: 'F2026-000003', total: '30.00' }, second.hash);
 * verifyRegister([first, second, third]); // { valid: true, findings: [] }
 * verifyRegister([first, { ...second, total: '6.00' }, third]).findings.map((finding) => finding.kind); // ['edited']
 * verifyRegister([first, third]).findings[0]?.message; // 'A document is missing before document 1 (F2026-000003): its previous hash is the hash of no document'
 * verifyRegister([first, third, second]).findings.map((finding) => finding.kind); // ['reordered']
 * ```
 *
 * @see CGI art. 286 I 3° bis (inalterability); CGI ann. II art. 242 nonies A 7° (continuous numbering)
 * @category Register
 * @since 0.1.0
 */
export function verifyRegister(
  documents: readonly object[],
  options: VerifyRegisterOptions = {},
): RegisterVerification {
  const settings = parseWithSchema(optionsSchema, options);
  if (!Array.isArray(documents)) {
    refuseNotPlain([], 'invalid_type', 'The register must be an array of documents');
  }
  const entries = documents.map(readEntry);
  const findings = new RegisterAnalysis(
    entries,
    settings.startHash ?? REGISTER_GENESIS_HASH,
    settings.expectedLastHash,
  ).run();
  return { valid: findings.length === 0, findings };
}

function readEntry(document: unknown, index: number): Entry {
  if (!isPlainObject(document)) {
    refuseNotPlain([index], 'not_plain_value', 'A document must be a plain object');
  }
  const record = document as Readonly<Record<string, unknown>>;
  const hash = typeof record.hash === 'string' ? record.hash : undefined;
  let sealed = false;
  try {
    sealed = hash !== undefined && computeDocumentHash(document) === hash;
  } catch (error) {
    if (!isTpeError(error)) throw error;
  }
  return {
    hash,
    previousHash: typeof record.previousHash === 'string' ? record.previousHash : undefined,
    number: typeof record.number === 'string' ? record.number : undefined,
    sealed,
  };
}

class RegisterAnalysis {
  private readonly findings: RegisterFinding[] = [];
  private readonly inserted: boolean[];
  /** How many documents name each hash as their `previousHash`. */
  private readonly followers = new Map<string, number>();
  /** The positions of the documents carrying each hash. */
  private readonly positions = new Map<string, number[]>();

  constructor(
    private readonly entries: readonly Entry[],
    private readonly startHash: string,
    private readonly expectedLastHash: string | undefined,
  ) {
    this.inserted = entries.map(() => false);
    entries.forEach((entry, index) => {
      if (entry.previousHash !== undefined) {
        this.followers.set(entry.previousHash, (this.followers.get(entry.previousHash) ?? 0) + 1);
      }
      if (entry.hash !== undefined) {
        const list = this.positions.get(entry.hash);
        if (list === undefined) this.positions.set(entry.hash, [index]);
        else list.push(index);
      }
    });
  }

  run(): RegisterFinding[] {
    this.entries.forEach((entry, index) => {
      if (!entry.sealed) {
        this.report(
          'edited',
          index,
          `Document ${this.describe(index)} does not match its hash: it was changed after it was sealed`,
        );
      }
    });
    this.findDuplicates();
    this.findSkippedOver();
    const chain = this.entries.flatMap((_entry, index) => (this.inserted[index] ? [] : [index]));
    this.findAfterExpectedEnd(chain);
    this.findBreaks(chain);
    return this.findings.sort(
      (left, right) => left.index - right.index || KIND_ORDER[left.kind] - KIND_ORDER[right.kind],
    );
  }

  /** The hash a document at a position should follow, by the order of the list. */
  private expectedPrevious(index: number): string | undefined {
    return index === 0 ? this.startHash : this.entries[index - 1]?.hash;
  }

  private fitsAt(index: number): boolean {
    const entry = this.entries[index];
    return entry !== undefined && entry.previousHash === this.expectedPrevious(index);
  }

  /**
   * Of several sealed documents with the same hash, the one in its place
   * stays; the others are copies. (A document whose hash field was changed
   * to another's is reported as edited.)
   */
  private findDuplicates(): void {
    for (const [hash, all] of this.positions) {
      const list = all.filter((index) => this.entries[index]?.sealed);
      if (list.length < 2) continue;
      const score = (index: number): number =>
        (this.fitsAt(index) ? 1 : 0) + (this.entries[index + 1]?.previousHash === hash ? 1 : 0);
      const kept = list.reduce((best, index) => (score(index) > score(best) ? index : best));
      for (const index of list) {
        if (index === kept) continue;
        this.inserted[index] = true;
        this.report(
          'inserted',
          index,
          `Document ${this.describe(index)} is a copy of document ${kept}`,
        );
      }
    }
  }

  /**
   * A document that nothing follows, that the next document skips over, and
   * that does not follow a later document, was slipped in.
   */
  private findSkippedOver(): void {
    const kept = this.entries.flatMap((_entry, index) => (this.inserted[index] ? [] : [index]));
    let before: string | undefined = this.startHash;
    for (let position = 0; position + 1 < kept.length; position++) {
      const index = kept[position] as number;
      const entry = this.entries[index] as Entry;
      if (this.skippedOver(index, entry, kept[position + 1] as number, before)) {
        this.inserted[index] = true;
        this.report(
          'inserted',
          index,
          `Document ${this.describe(index)} is not part of the chain: the next document follows the one before it`,
        );
      } else {
        before = entry.hash;
      }
    }
  }

  private skippedOver(
    index: number,
    entry: Entry,
    next: number,
    before: string | undefined,
  ): boolean {
    if (entry.hash === undefined || (this.followers.get(entry.hash) ?? 0) > 0) return false;
    if (this.entries[next]?.previousHash !== before) return false;
    const followed =
      entry.previousHash === undefined ? undefined : this.positions.get(entry.previousHash);
    return !followed?.some((position) => position > index);
  }

  /** With an expected last hash: documents after it were added, or documents at the end removed. */
  private findAfterExpectedEnd(chain: readonly number[]): void {
    const expected = this.expectedLastHash;
    const last = chain.at(-1);
    const lastHash = last === undefined ? this.startHash : this.entries[last]?.hash;
    if (expected === undefined || lastHash === expected) return;
    const end =
      expected === this.startHash
        ? -1
        : chain.findIndex((index) => this.entries[index]?.hash === expected);
    if (end === -1 && expected !== this.startHash) {
      if (last !== undefined && !this.entries[last]?.sealed) return;
      this.report(
        'removed',
        this.entries.length,
        'Documents are missing at the end: the last document is not the expected one',
      );
      return;
    }
    let link = expected;
    for (const index of chain.slice(end + 1)) {
      const entry = this.entries[index] as Entry;
      if (entry.previousHash !== link || entry.hash === undefined) return;
      link = entry.hash;
    }
    for (const index of chain.slice(end + 1)) {
      this.inserted[index] = true;
      this.report(
        'inserted',
        index,
        `Document ${this.describe(index)} comes after the expected last document`,
      );
    }
  }

  /**
   * Follows the links of the documents left: a link to a hash found nowhere
   * is a removal; the documents whose place in the chain disagrees with their
   * place in the list, beyond the longest run that agrees, are reordered.
   */
  private findBreaks(all: readonly number[]): void {
    const chain = all.filter((index) => !this.inserted[index]);
    const positionOf = new Map<string, number>();
    chain.forEach((index, position) => {
      const hash = this.entries[index]?.hash;
      if (hash !== undefined && !positionOf.has(hash)) positionOf.set(hash, position);
    });
    const predecessor = chain.map((index, position) => {
      const entry = this.entries[index] as Entry;
      const before = position === 0 ? undefined : this.entries[chain[position - 1] as number];
      const expected = before === undefined ? this.startHash : before.hash;
      const link = entry.previousHash;
      if (link === expected) return position - 1;
      const found = link === undefined ? undefined : positionOf.get(link);
      const editedBefore = before !== undefined && !before.sealed && found === undefined;
      if (!entry.sealed || (editedBefore && link !== this.startHash)) return position - 1;
      if (link === this.startHash) return ROOT;
      if (found !== undefined) return found;
      this.report(
        'removed',
        index,
        `A document is missing before document ${this.describe(index)}: its previous hash is the hash of no document`,
      );
      return MISSING;
    });
    const keys = chainKeys(predecessor);
    const kept = longestIncreasingRun(keys);
    chain.forEach((index, position) => {
      if (!kept[position]) {
        this.report(
          'reordered',
          index,
          `Document ${this.describe(index)} is not at its place in the chain`,
        );
      }
    });
  }

  /** A document's position, and its number when it has one: `2 (F2026-000003)`. */
  private describe(index: number): string {
    const number = this.entries[index]?.number;
    return number === undefined ? String(index) : `${index} (${number})`;
  }

  private report(kind: RegisterFindingKind, index: number, message: string): void {
    const number = this.entries[index]?.number;
    this.findings.push(
      number === undefined ? { kind, index, message } : { kind, index, number, message },
    );
  }
}

/**
 * The place of each document in the chain its links describe: chains are
 * ordered by where they start (the one from the start hash first, then those
 * after a gap, by position), documents by their depth in their chain. A
 * cycle of links is cut where it is found.
 */
function chainKeys(predecessor: readonly number[]): number[] {
  const count = predecessor.length;
  const depth = new Array<number>(count).fill(-1);
  const chainOf = new Array<number>(count).fill(0);
  const visiting = new Array<number>(count).fill(-1);
  for (let start = 0; start < count; start++) {
    if (depth[start] !== -1) continue;
    const walk: number[] = [];
    let current = start;
    while (depth[current] === -1 && visiting[current] !== start) {
      visiting[current] = start;
      walk.push(current);
      const before = predecessor[current] as number;
      if (before < 0) {
        depth[current] = 0;
        chainOf[current] = before === ROOT ? 0 : current + 1;
        break;
      }
      current = before;
    }
    if (depth[current] === -1) {
      depth[current] = 0;
      chainOf[current] = current + 1;
    }
    for (let step = walk.length - 1; step >= 0; step--) {
      const node = walk[step] as number;
      if (depth[node] !== -1) continue;
      const before = predecessor[node] as number;
      depth[node] = (depth[before] as number) + 1;
      chainOf[node] = chainOf[before] as number;
    }
  }
  return depth.map((value, index) => (chainOf[index] as number) * (count + 1) + value);
}

/** Marks the members of one longest strictly increasing subsequence of `keys`. */
function longestIncreasingRun(keys: readonly number[]): boolean[] {
  const tails: number[] = [];
  const links = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((keys[tails[middle] as number] as number) < key) low = middle + 1;
      else high = middle;
    }
    links[index] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = index;
  });
  const kept = keys.map(() => false);
  for (let index = tails.at(-1) ?? -1; index !== -1; index = links[index] as number) {
    kept[index] = true;
  }
  return kept;
}

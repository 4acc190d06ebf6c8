import type { Receivable } from '../../input/Receivable.js';

/**
 * The position of each receivable by its id, for the history and the
 * payment plans that name them: a hash table with open addressing over two
 * typed arrays (the position and the hash of each entry), a few megabytes
 * for a million ids where a `Map` of strings takes tens of megabytes and
 * far longer to fill.
 */
export interface ReceivableIdIndex {
  /** The position of the receivable with this id, or -1. */
  readonly positionOf: (id: string) => number;
}

/** An index that knows no id: nothing refers to the receivables. */
export const NO_RECEIVABLE_IDS: ReceivableIdIndex = Object.freeze({ positionOf: () => -1 });

/**
 * Indexes the receivables by id.
 *
 * @returns the index, or the position of the first receivable whose id an
 *   earlier one already has
 */
export function indexReceivableIds(sources: readonly Receivable[]): ReceivableIdIndex | number {
  // A power of two at least twice the count: probe sequences stay short.
  let size = 16;
  while (size < sources.length * 2) size *= 2;
  const mask = size - 1;
  /** Position + 1 of the receivable in each slot, 0 for an empty slot. */
  const positions = new Int32Array(size);
  const hashes = new Int32Array(size);
  const find = (id: string, hash: number): number => {
    let slot = hash & mask;
    for (;;) {
      const stored = positions[slot] as number;
      if (stored === 0) return -1 - slot;
      if (hashes[slot] === hash && (sources[stored - 1] as Receivable).id === id) return stored - 1;
      slot = (slot + 1) & mask;
    }
  };
  for (let position = 0; position < sources.length; position++) {
    const { id } = sources[position] as Receivable;
    const hash = hashOf(id);
    const found = find(id, hash);
    if (found >= 0) return position;
    positions[-1 - found] = position + 1;
    hashes[-1 - found] = hash;
  }
  return {
    positionOf(id) {
      const found = find(id, hashOf(id));
      return found < 0 ? -1 : found;
    },
  };
}

/** The 32-bit FNV-1a hash of the UTF-16 code units of a string. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return hash;
}

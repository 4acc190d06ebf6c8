/** Whether `pattern` starts at an offset between `from` and `to` (both included) of `bytes`. */
export function containsBytes(
  bytes: Uint8Array,
  pattern: readonly number[],
  from: number,
  to: number,
): boolean {
  const last = Math.min(to, bytes.length - pattern.length);
  for (let start = Math.max(0, from); start <= last; start++) {
    if (pattern.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}

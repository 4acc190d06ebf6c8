/**
 * A document identifier for the trailer `/ID`: the first 16 bytes of the
 * SHA-256 of `parts` (Web Crypto, in Node.js and browsers alike), in
 * hexadecimal. Derived from the content, never from the clock or chance, so
 * that the same input gives the same file.
 */
export async function documentId(...parts: readonly Uint8Array[]): Promise<string> {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', joined));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

import { decodeBase64 } from './decodeBase64.js';

/**
 * The bytes of an asset shipped as base64 of zlib-deflated data, inflated by
 * the standard `DecompressionStream` (Node.js 18 and later, browsers).
 */
export async function inflateAsset(base64: string): Promise<Uint8Array> {
  const inflated = new Blob([decodeBase64(base64)])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

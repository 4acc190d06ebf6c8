import { readError } from './readError.js';

/** The encoding named by an XML declaration, read in the first bytes as ASCII. */
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/;

/** The encoding a byte order mark announces, if the bytes start with one. */
export function encodingOfBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Turns the bytes of an XML file into its text: the encoding of the byte
 * order mark, else the one of the XML declaration, else UTF-8. A byte
 * sequence that is not valid in that encoding is refused, never replaced.
 *
 * @throws {@link TpeError} `UNSUPPORTED_FORMAT` for an encoding the runtime
 *   does not know; `MALFORMED_XML` for bytes invalid in the encoding
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const encoding =
    encodingOfBom(bytes) ?? DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  let decoder: { decode(input: Uint8Array): string };
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch (error) {
    throw readError(
      'UNSUPPORTED_FORMAT',
      `The XML declares the encoding "${encoding}", which cannot be read`,
      { details: { encoding }, cause: error },
    );
  }
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw readError('MALFORMED_XML', `The XML holds bytes that are not valid ${encoding}`, {
      details: { encoding },
      cause: error,
    });
  }
}

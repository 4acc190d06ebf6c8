import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { decodeBase64 } from './assets/decodeBase64.js';
import { SRGB_ICC_PROFILE } from './assets/srgbIccProfile.js';

const PDFA_INTENT = PDFName.of('GTS_PDFA1');

/** Whether the catalog already has a PDF/A output intent. */
function hasPdfAIntent(intents: PDFArray): boolean {
  for (let index = 0; index < intents.size(); index++) {
    const intent = intents.lookup(index);
    if (intent instanceof PDFDict && intent.get(PDFName.of('S')) === PDFA_INTENT) return true;
  }
  return false;
}

/**
 * Gives the document the sRGB output intent of PDF/A (`/OutputIntents` with
 * an `/S /GTS_PDFA1` intent whose `/DestOutputProfile` is the sRGB ICC
 * profile, `/N 3`), which makes its DeviceRGB colours device-independent;
 * a PDF/A output intent already there is kept.
 *
 * @see ISO 19005-3 (PDF/A-3) 6.2.3
 */
export function addOutputIntent(document: PDFDocument): void {
  const { catalog, context } = document;
  const existing = catalog.lookup(PDFName.of('OutputIntents'));
  if (existing instanceof PDFArray && hasPdfAIntent(existing)) return;
  const profile = context.register(context.flateStream(decodeBase64(SRGB_ICC_PROFILE), { N: 3 }));
  const intent = context.register(
    context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
      RegistryName: PDFString.of('http://www.color.org'),
      Info: PDFString.of('sRGB IEC61966-2.1'),
      DestOutputProfile: profile,
    }),
  );
  if (existing instanceof PDFArray) existing.push(intent);
  else catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
}

import { FACTUR_X_PROFILES } from '../../cii/FacturXProfile.js';
import { element, type Markup, textElement } from '../../mapping/xmlMarkup.js';
import type { FacturXMetadata } from './FacturXMetadata.js';

/** The namespace of the Factur-X XMP properties (Factur-X 1.0, with its trailing `#`). */
const FACTUR_X_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

/** The name of the attached invoice XML. */
export const FACTUR_X_FILE_NAME = 'factur-x.xml';

/** An XMP date: ISO 8601 in UTC to the second, as the Info dictionary holds it. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function description(
  namespaces: Readonly<Record<string, string>>,
  children: readonly (Markup | undefined)[],
) {
  return element('rdf:Description', children, { 'rdf:about': '', ...namespaces });
}

function languageAlternative(name: string, value: string | undefined): Markup | undefined {
  if (value === undefined) return undefined;
  return element(name, [
    element('rdf:Alt', [textElement('rdf:li', value, { 'xml:lang': 'x-default' })]),
  ]);
}

/** One property of the Factur-X extension schema. */
function property(name: string, meaning: string): Markup {
  return element(
    'rdf:li',
    [
      textElement('pdfaProperty:name', name),
      textElement('pdfaProperty:valueType', 'Text'),
      textElement('pdfaProperty:category', 'external'),
      textElement('pdfaProperty:description', meaning),
    ],
    { 'rdf:parseType': 'Resource' },
  );
}

/**
 * The PDF/A extension schema that declares the `fx:` properties, as in the
 * Factur-X 1.0 template (`Factur-X_extension_schema.xmp`): without it a
 * PDF/A validator rejects the unknown namespace.
 */
const EXTENSION_SCHEMA = description(
  {
    'xmlns:pdfaExtension': 'http://www.aiim.org/pdfa/ns/extension/',
    'xmlns:pdfaSchema': 'http://www.aiim.org/pdfa/ns/schema#',
    'xmlns:pdfaProperty': 'http://www.aiim.org/pdfa/ns/property#',
  },
  [
    element('pdfaExtension:schemas', [
      element('rdf:Bag', [
        element(
          'rdf:li',
          [
            textElement('pdfaSchema:schema', 'Factur-X PDFA Extension Schema'),
            textElement('pdfaSchema:namespaceURI', FACTUR_X_NAMESPACE),
            textElement('pdfaSchema:prefix', 'fx'),
            element('pdfaSchema:property', [
              element('rdf:Seq', [
                property('DocumentFileName', 'name of the embedded XML invoice file'),
                property('DocumentType', 'INVOICE'),
                property('Version', 'The actual version of the Factur-X XML schema'),
                property('ConformanceLevel', 'The conformance level of the embedded Factur-X data'),
              ]),
            ]),
          ],
          { 'rdf:parseType': 'Resource' },
        ),
      ]),
    ]),
  ],
);

/**
 * The XMP metadata packet of a Factur-X PDF/A-3B: the PDF/A identification
 * (`pdfaid:part` 3, `pdfaid:conformance` B), the document information
 * mirrored from the Info dictionary, the Factur-X properties
 * (`fx:DocumentType` INVOICE, `fx:DocumentFileName` factur-x.xml,
 * `fx:Version` 1.0, `fx:ConformanceLevel` of the profile) and the extension
 * schema that declares them.
 *
 * @see ISO 19005-3 (PDF/A-3) 6.6; Factur-X 1.0.07 (FNFE-MPE), PDF/A-3 extension schema
 */
export function facturXXmp(metadata: FacturXMetadata): string {
  const rdf = element(
    'rdf:RDF',
    [
      description({ 'xmlns:pdfaid': 'http://www.aiim.org/pdfa/ns/id/' }, [
        textElement('pdfaid:part', '3'),
        textElement('pdfaid:conformance', 'B'),
      ]),
      description({ 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
        textElement('dc:format', 'application/pdf'),
        languageAlternative('dc:title', metadata.title),
        metadata.author === undefined
          ? undefined
          : element('dc:creator', [element('rdf:Seq', [textElement('rdf:li', metadata.author)])]),
        languageAlternative('dc:description', metadata.subject),
      ]),
      description({ 'xmlns:xmp': 'http://ns.adobe.com/xap/1.0/' }, [
        textElement('xmp:CreatorTool', metadata.creator),
        textElement('xmp:CreateDate', xmpDate(metadata.creationDate)),
        textElement('xmp:ModifyDate', xmpDate(metadata.modificationDate)),
      ]),
      description({ 'xmlns:pdf': 'http://ns.adobe.com/pdf/1.3/' }, [
        textElement('pdf:Producer', metadata.producer),
        textElement('pdf:Keywords', metadata.keywords),
      ]),
      description({ 'xmlns:fx': FACTUR_X_NAMESPACE }, [
        textElement('fx:DocumentType', 'INVOICE'),
        textElement('fx:DocumentFileName', FACTUR_X_FILE_NAME),
        textElement('fx:Version', '1.0'),
        textElement('fx:ConformanceLevel', FACTUR_X_PROFILES[metadata.profile].conformanceLevel),
      ]),
      EXTENSION_SCHEMA,
    ],
    { 'xmlns:rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' },
  );
  const xmpmeta = element('x:xmpmeta', [rdf], { 'xmlns:x': 'adobe:ns:meta/' });
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n${xmpmeta.xml}\n<?xpacket end="w"?>`;
}

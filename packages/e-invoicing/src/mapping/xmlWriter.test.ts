import { describe, expect, it } from 'vitest';
import { close, closeOptional, open, text, writtenXml, xmlWriter } from './xmlWriter.js';

describe('xmlWriter', () => {
  it('writes elements in sequence, escaped, leaving out missing texts and attributes', () => {
    const out = xmlWriter();
    open(out, 'a', { xmlns: 'urn:x', none: undefined });
    text(out, 'b', 'x & y', 'unit', 'C62');
    text(out, 'c', undefined);
    text(out, 'd', '<1>', 'schemeID', undefined);
    close(out, 'a');
    expect(writtenXml(out)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:x"><b unit="C62">x &amp; y</b><d>&lt;1&gt;</d></a>\n',
    );
  });

  it('removes an optional element in which nothing was written', () => {
    const out = xmlWriter();
    open(out, 'a');
    const empty = open(out, 'b');
    text(out, 'c', undefined);
    closeOptional(out, 'b', empty);
    const kept = open(out, 'd');
    text(out, 'e', '1');
    closeOptional(out, 'd', kept);
    close(out, 'a');
    expect(writtenXml(out)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a><d><e>1</e></d></a>\n',
    );
  });
});

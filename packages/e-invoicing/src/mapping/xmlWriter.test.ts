import { describe, expect, it } from 'vitest';
import { xmlWriter } from './xmlWriter.js';

describe('xmlWriter', () => {
  it('writes elements in sequence, escaped, leaving out missing texts and attributes', () => {
    const out = xmlWriter();
    out.open('a', { xmlns: 'urn:x', none: undefined });
    out.text('b', 'x & y', 'unit', 'C62');
    out.text('c', undefined);
    out.text('d', '<1>', 'schemeID', undefined);
    out.close('a');
    expect(out.written()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:x"><b unit="C62">x &amp; y</b><d>&lt;1&gt;</d></a>\n',
    );
  });

  it('removes an optional element in which nothing was written', () => {
    const out = xmlWriter();
    out.open('a');
    const empty = out.open('b');
    out.text('c', undefined);
    out.closeOptional('b', empty);
    const kept = out.open('d');
    out.text('e', '1');
    out.closeOptional('d', kept);
    out.close('a');
    expect(out.written()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a><d><e>1</e></d></a>\n');
  });
});

import { describe, expect, it } from 'vitest';
import { element, escapeXml, textElement } from './xmlMarkup.js';

describe('xmlMarkup', () => {
  it('escapes the characters XML reserves', () => {
    expect(escapeXml('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
    expect(escapeXml("l'été")).toBe("l'été");
  });

  it('leaves out the characters XML 1.0 forbids and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('tab\tline\ncr\r')).toBe('tab\tline\ncr\r');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe(
      'lone  high, lone  low, pair 😀',
    );
    expect(escapeXml('<\u0001')).toBe('&lt;');
  });

  it('writes elements in the order given, leaving out missing children', () => {
    const markup = element(
      'a',
      [
        textElement('b', 'x & y', { unit: 'C62', none: undefined }),
        undefined,
        textElement('c', undefined),
      ],
      {
        xmlns: 'urn:x',
      },
    );
    expect(markup.xml).toBe('<a xmlns="urn:x"><b unit="C62">x &amp; y</b></a>');
    expect(element('f', []).xml).toBe('<f></f>');
  });
});

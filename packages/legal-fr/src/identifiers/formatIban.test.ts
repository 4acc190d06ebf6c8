import { describe, expect, it } from 'vitest';
import { formatIban } from './formatIban.js';

describe('formatIban', () => {
  it('prints groups of 4 by default', () => {
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIban('fr7630006000011234567890189', { format: 'print' })).toBe(
      'FR76 3000 6000 0112 3456 7890 189',
    );
  });

  it('writes the electronic form', () => {
    expect(formatIban('FR76 3000 6000 0112 3456 7890 189', { format: 'electronic' })).toBe(
      'FR7630006000011234567890189',
    );
  });

  it('never formats an invalid IBAN', () => {
    expect(() => formatIban('FR7630006000011234567890188')).toThrowError(
      expect.objectContaining({ code: 'INVALID_IBAN' }),
    );
    expect(() => formatIban(12 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_IBAN' }),
    );
  });

  it('refuses unknown options', () => {
    expect(() =>
      formatIban('FR7630006000011234567890189', { format: 'paper' } as unknown as {
        format: 'print';
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() =>
      formatIban('FR7630006000011234567890189', { separator: '-' } as unknown as {
        format: 'print';
      }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

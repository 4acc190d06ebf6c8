import { describe, expect, it } from 'vitest';
import { electronicAddressOf } from './electronicAddress.js';

describe('electronicAddressOf', () => {
  it('prefers the SIREN under scheme 0225, then the e-mail under EM', () => {
    expect(electronicAddressOf('732829320', 'a@b.fr')).toEqual({
      scheme: '0225',
      value: '732829320',
    });
    expect(electronicAddressOf(undefined, 'a@b.fr')).toEqual({ scheme: 'EM', value: 'a@b.fr' });
    expect(electronicAddressOf(undefined, undefined)).toBeUndefined();
  });
});

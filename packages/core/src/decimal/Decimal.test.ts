import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';

// The module is imported inside the tests, so that a configuration that
// decimal.js refuses fails a test instead of the loading of this file.
describe('Decimal', () => {
  it('writes small and large values without an exponent', async () => {
    const { Decimal } = await import('./Decimal.js');
    expect(new Decimal('0.0000001').toString()).toBe('0.0000001');
    expect(new Decimal(`0.${'0'.repeat(40)}1`).toString()).toBe(`0.${'0'.repeat(40)}1`);
    expect(new Decimal(`-1${'0'.repeat(40)}`).toString()).toBe(`-1${'0'.repeat(40)}`);
  });

  it('keeps 60 significant digits, rounding half away from zero', async () => {
    const { Decimal } = await import('./Decimal.js');
    expect(new Decimal(2).div(3).toString()).toBe(`0.${'6'.repeat(59)}7`);
    expect(new Decimal(-2).div(3).toString()).toBe(`-0.${'6'.repeat(59)}7`);
  });

  it('leaves the global decimal.js configuration alone', async () => {
    const { Decimal } = await import('./Decimal.js');
    expect(Decimal).not.toBe(DecimalJs);
    expect(DecimalJs.precision).toBe(20);
    expect(new DecimalJs('0.0000001').toString()).toBe('1e-7');
  });
});

import { describe, expect, it } from 'vitest';
import { businessProcessOf } from './businessProcess.js';
import { lineOf } from './testFiles.js';

const deposit = { documentId: 'd', number: 'A1', issueDate: '2026-01-05', amount: '120.00' };

describe('businessProcessOf', () => {
  it('says goods, services or both, then the frame', () => {
    expect(businessProcessOf({ kind: 'invoice', lines: [lineOf('goods')] })).toBe('B1');
    expect(businessProcessOf({ kind: 'invoice', lines: [lineOf('service')] })).toBe('S1');
    expect(
      businessProcessOf({ kind: 'creditNote', lines: [lineOf('goods'), lineOf('service')] }),
    ).toBe('M1');
    expect(businessProcessOf({ kind: 'depositInvoice', lines: [lineOf('service')] })).toBe('S1');
  });

  it('gives frame 4 to a final invoice deducting deposits only', () => {
    expect(
      businessProcessOf({ kind: 'invoice', lines: [lineOf('goods')], deductedDeposits: [deposit] }),
    ).toBe('B4');
    expect(
      businessProcessOf({ kind: 'invoice', lines: [lineOf('goods')], deductedDeposits: [] }),
    ).toBe('B1');
  });
});

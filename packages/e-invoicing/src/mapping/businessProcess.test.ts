import type { DocumentLine } from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { businessProcessOf } from './businessProcess.js';

const line = (nature: 'goods' | 'service'): DocumentLine => ({
  id: nature,
  label: nature,
  quantity: '1',
  unitCode: 'C62',
  unitPrice: '1',
  vat: { category: 'S', rate: '20' },
  nature,
});
const deposit = { documentId: 'd', number: 'A1', issueDate: '2026-01-05', amount: '120.00' };

describe('businessProcessOf', () => {
  it('says goods, services or both, then the frame', () => {
    expect(businessProcessOf({ kind: 'invoice', lines: [line('goods')] })).toBe('B1');
    expect(businessProcessOf({ kind: 'invoice', lines: [line('service')] })).toBe('S1');
    expect(businessProcessOf({ kind: 'creditNote', lines: [line('goods'), line('service')] })).toBe(
      'M1',
    );
    expect(businessProcessOf({ kind: 'depositInvoice', lines: [line('service')] })).toBe('S1');
  });

  it('gives frame 4 to a final invoice deducting deposits only', () => {
    expect(
      businessProcessOf({ kind: 'invoice', lines: [line('goods')], deductedDeposits: [deposit] }),
    ).toBe('B4');
    expect(
      businessProcessOf({ kind: 'invoice', lines: [line('goods')], deductedDeposits: [] }),
    ).toBe('B1');
  });
});

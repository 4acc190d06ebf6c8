import { describe, expect, it, vi } from 'vitest';
import { isTpeError, TpeError } from './TpeError.js';

describe('TpeError', () => {
  it('carries a stable code, a default root issue and frozen details', () => {
    const error = new TpeError('INVALID_DECIMAL', 'bad', { details: { value: '1,5' } });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TpeError');
    expect(error.code).toBe('INVALID_DECIMAL');
    expect(error.message).toBe('bad');
    expect(error.issues).toEqual([{ path: [], code: 'INVALID_DECIMAL', message: 'bad' }]);
    expect(error.details).toEqual({ value: '1,5' });
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('keeps the given issues and cause', () => {
    const cause = new Error('low level');
    const issues = [{ path: ['lines', 0, 'quantity'], code: 'too_many_decimals', message: 'x' }];
    const error = new TpeError('INVALID_INPUT', 'Invalid input', { issues, cause });
    expect(error.issues).toEqual(issues);
    expect(error.cause).toBe(cause);
  });

  it('has no cause unless one is given', () => {
    expect(Object.hasOwn(new TpeError('X', 'y'), 'cause')).toBe(false);
    expect(Object.hasOwn(new TpeError('X', 'y', { cause: null }), 'cause')).toBe(true);
  });

  it('is recognised by instanceof and by its brand across copies of the class', () => {
    expect(isTpeError(new TpeError('X', 'y'))).toBe(true);
    const foreign = Object.assign(new Error('from the other build'), {
      [Symbol.for('@tpe/core/TpeError')]: true,
      code: 'X',
    });
    expect(isTpeError(foreign)).toBe(true);
  });

  it('is recognised across two loaded copies of the module', async () => {
    vi.resetModules();
    const copy = await import('./TpeError.js');
    expect(copy.TpeError).not.toBe(TpeError);
    const foreign = new copy.TpeError('X', 'from the other copy');
    expect(foreign instanceof TpeError).toBe(false);
    expect(isTpeError(foreign)).toBe(true);
    expect(copy.isTpeError(new TpeError('X', 'from this copy'))).toBe(true);
  });

  it('rejects look-alikes without the brand', () => {
    expect(isTpeError(new Error('x'))).toBe(false);
    expect(isTpeError({ code: 'INVALID_INPUT', issues: [] })).toBe(false);
    expect(isTpeError(null)).toBe(false);
    expect(isTpeError('TpeError')).toBe(false);
    expect(isTpeError({ [Symbol.for('@tpe/core/TpeError')]: 'yes' })).toBe(false);
    const branded = Object.assign(() => undefined, { [Symbol.for('@tpe/core/TpeError')]: true });
    expect(isTpeError(branded)).toBe(false);
  });
});

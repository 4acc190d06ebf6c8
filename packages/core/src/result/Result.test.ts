import { describe, expect, it } from 'vitest';
import { TpeError } from '../errors/TpeError.js';
import { attempt, err, ok, unwrap } from './Result.js';

describe('Result', () => {
  it('builds both branches', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    const error = new TpeError('X', 'y');
    expect(err(error)).toEqual({ ok: false, error });
  });

  it('unwraps a success and throws a failure', () => {
    expect(unwrap(ok('a'))).toBe('a');
    const error = new TpeError('X', 'y');
    expect(() => unwrap(err(error))).toThrow(error);
  });

  it('captures TpeError but lets other errors through', () => {
    const error = new TpeError('X', 'y');
    expect(
      attempt(() => {
        throw error;
      }),
    ).toEqual({ ok: false, error });
    expect(attempt(() => 3)).toEqual({ ok: true, value: 3 });
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

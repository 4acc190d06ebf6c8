import { TpeError, type TpeErrorOptions } from '@tpe/core';
import type { EInvoicingErrorCode } from '../../errors.js';

/**
 * The error of a received file that cannot be read: its code, a message
 * and, in `options`, the machine-readable facts (`details`), the issues and
 * the lower-level cause.
 */
export function readError(
  code: EInvoicingErrorCode,
  message: string,
  options: TpeErrorOptions = {},
): TpeError {
  return new TpeError(code, message, options);
}

import { z } from 'zod';
import { payableInvoiceSchema } from '../PayableInvoice.js';

/** A list of invoices to settle: at most 100,000. */
export const openInvoicesSchema = z.array(payableInvoiceSchema).max(100_000);

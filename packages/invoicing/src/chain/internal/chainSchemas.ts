import { z } from 'zod';
import { commercialDocumentSchema } from '../../model/CommercialDocument.js';

/** Most documents a chain function reads at once. */
const MAX_DOCUMENTS = 1_000_000;

/** A list of documents, each checked by `commercialDocumentSchema`. */
export const documentListSchema = z.array(commercialDocumentSchema).max(MAX_DOCUMENTS);

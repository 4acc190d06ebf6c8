import { INVOICE_MENTION_IDS, type LegalMention } from '@tpe/legal-fr';
import { z } from 'zod';

const legalMentionSchema = z.strictObject({
  id: z.enum(INVOICE_MENTION_IDS),
  text: z.string().min(1).max(2000),
  article: z.string().min(1).max(500).optional(),
  verbatim: z.boolean(),
});

/**
 * A zod schema for the payment sentences given to the writers (the
 * `legalMentions` returned by `issue` of `@tpe/invoicing`): each mention id
 * at most once (`duplicate_mention`), since each note subject may appear
 * only once in an e-invoice (BR-FR-06).
 */
export const legalMentionsSchema = z
  .array(legalMentionSchema)
  .max(INVOICE_MENTION_IDS.length)
  .check((context) => {
    const seen = new Set<string>();
    context.value.forEach((mention, index) => {
      if (seen.has(mention.id)) {
        context.issues.push({
          code: 'custom',
          message: `The mention ${mention.id} is given twice`,
          input: mention,
          path: [index, 'id'],
          params: { code: 'duplicate_mention' },
        });
      }
      seen.add(mention.id);
    });
  }) as unknown as z.ZodType<readonly LegalMention[]>;

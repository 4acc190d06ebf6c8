import { isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../../internal/fields.js';
import {
  type CommercialDocument,
  commercialDocumentSchema,
} from '../../model/CommercialDocument.js';
import { type LineQuantity, lineQuantitySchema } from '../LineQuantity.js';
import { documentListSchema } from './chainSchemas.js';
import { draftFrom } from './draftFrom.js';
import { lineFromSlice } from './sliceLines.js';
import { expectOpenOrder } from './sourceGuards.js';
import { takenBy } from './takenBy.js';
import { takeQuantities } from './takeQuantities.js';

/**
 * How an order is fulfilled: delivered to a customer (delivery notes) or
 * received from a supplier (goods receipts).
 */
export interface Fulfilment<DateKey extends string, EarlierKey extends string> {
  readonly orderKind: 'salesOrder' | 'supplierOrder';
  readonly kind: 'deliveryNote' | 'goodsReceipt';
  readonly relation: 'deliveredFrom' | 'receivedFrom';
  /** The name of the argument listing the documents already made, as errors give it. */
  readonly earlier: EarlierKey;
  /** The name of the option giving the new document's date. */
  readonly date: DateKey;
}

/** The options of a fulfilment: the new document's id, its date, the quantities. */
export type FulfilmentOptions<DateKey extends string> = {
  readonly id: string;
  readonly lines?: readonly LineQuantity[] | undefined;
} & { readonly [Key in DateKey]: string };

/** The arguments of a fulfilment once read. */
type ReadArguments<DateKey extends string, EarlierKey extends string> = {
  readonly order: CommercialDocument;
  readonly options: FulfilmentOptions<DateKey>;
} & { readonly [Key in EarlierKey]: readonly CommercialDocument[] };

/** The options schema and the function of one way of fulfilling orders. */
export interface OrderFulfilment<DateKey extends string> {
  /** The options, unknown keys refused. */
  readonly optionsSchema: z.ZodType<FulfilmentOptions<DateKey>>;
  /**
   * Checks the arguments, then makes the document taking `options.lines` of
   * the order (everything remaining when absent) after the earlier documents
   * of the same kind: a new draft linked to the order.
   */
  readonly fulfil: (
    order: CommercialDocument,
    earlier: readonly CommercialDocument[],
    options: FulfilmentOptions<DateKey>,
  ) => CommercialDocument;
}

/**
 * One way of making documents that fulfil part of an order's remaining
 * quantities: delivery notes of a sales order, goods receipts of a supplier
 * order.
 */
export function orderFulfilment<DateKey extends string, EarlierKey extends string>(
  fulfilment: Fulfilment<DateKey, EarlierKey>,
): OrderFulfilment<DateKey> {
  const optionsSchema = z.strictObject({
    id: idSchema,
    [fulfilment.date]: isoDateSchema,
    lines: z.array(lineQuantitySchema).max(100_000).optional(),
  }) as unknown as z.ZodType<FulfilmentOptions<DateKey>>;
  const argumentsSchema = z.strictObject({
    order: commercialDocumentSchema,
    [fulfilment.earlier]: documentListSchema,
    options: optionsSchema,
  });
  const fulfil = (
    order: CommercialDocument,
    earlier: readonly CommercialDocument[],
    options: FulfilmentOptions<DateKey>,
  ): CommercialDocument => {
    const read = parseWithSchema(argumentsSchema, {
      order,
      [fulfilment.earlier]: earlier,
      options,
    }) as unknown as ReadArguments<DateKey, EarlierKey>;
    const source = read.order;
    expectOpenOrder(source, [fulfilment.orderKind], fulfilment.kind, ['order']);
    const done = takenBy(source, read[fulfilment.earlier], [fulfilment.kind]);
    const slices = takeQuantities(source, done, read.options.lines, ['options', 'lines']);
    return draftFrom(source, {
      id: read.options.id,
      kind: fulfilment.kind,
      lines: slices.map((slice) => lineFromSlice(source, slice)),
      deliveryDate: read.options[fulfilment.date],
      links: [{ documentId: source.id, relation: fulfilment.relation }],
    });
  };
  return { optionsSchema, fulfil };
}

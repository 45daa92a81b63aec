import { ValidationError } from '../../errors.js';
import { buildCoding, type RatingValue } from '../metrics/categories.js';

export type Key = string | number;

/** One annotator's categorical label for one item. */
export interface CategoricalAnnotation {
  readonly item: Key;
  readonly annotator: Key;
  readonly label: RatingValue;
}

/**
 * Annotations as parallel integer arrays (one entry per annotation) plus the ids they index, the
 * form the aggregators compute on. Build it with `encodeAnnotations`, or directly for speed.
 */
export interface CodedAnnotations {
  readonly itemIds: readonly Key[];
  readonly annotatorIds: readonly Key[];
  /** Class order: codes index this array. */
  readonly classes: readonly RatingValue[];
  readonly item: Int32Array;
  readonly annotator: Int32Array;
  readonly label: Int32Array;
}

/** The consensus for one item: its label and a distribution over `classes` (same order). */
export interface ItemConsensus {
  readonly item: Key;
  readonly label: RatingValue;
  readonly posterior: readonly number[];
}

export interface EncodeOptions {
  /** Class order (and classes nobody used). Default: numbers ascending, strings by code unit. */
  readonly classes?: readonly RatingValue[];
}

/**
 * Codes annotations; items and annotators are numbered in order of first appearance. A rater
 * may label an item more than once (each label counts); a missing label is refused.
 *
 * @example
 * encodeAnnotations([{ item: 'i1', annotator: 'ann', label: 'spam' }]).classes; // ['spam']
 */
export function encodeAnnotations(
  annotations: readonly CategoricalAnnotation[],
  options: EncodeOptions = {},
): CodedAnnotations {
  const labels = annotations.map((annotation) => annotation.label);
  const coding = buildCoding([labels], {
    order: options.classes,
    path: 'annotations',
    pathOf: (_list, index) => `annotations.${index}.label`,
  });
  const itemIndex = new Map<Key, number>();
  const annotatorIndex = new Map<Key, number>();
  const item = new Int32Array(annotations.length);
  const annotator = new Int32Array(annotations.length);
  const label = new Int32Array(annotations.length);
  for (let index = 0; index < annotations.length; index += 1) {
    const annotation = annotations[index] as CategoricalAnnotation;
    const code = coding.codeOf(annotation.label);
    if (code < 0) throw new ValidationError([{ path: `annotations.${index}.label`, message: 'is missing' }]);
    let itemCode = itemIndex.get(annotation.item);
    if (itemCode === undefined) {
      itemCode = itemIndex.size;
      itemIndex.set(annotation.item, itemCode);
    }
    let annotatorCode = annotatorIndex.get(annotation.annotator);
    if (annotatorCode === undefined) {
      annotatorCode = annotatorIndex.size;
      annotatorIndex.set(annotation.annotator, annotatorCode);
    }
    item[index] = itemCode;
    annotator[index] = annotatorCode;
    label[index] = code;
  }
  return {
    itemIds: [...itemIndex.keys()],
    annotatorIds: [...annotatorIndex.keys()],
    classes: coding.categories,
    item,
    annotator,
    label,
  };
}

/** The label of the largest entry of `row` (length = classes); ties go to the lowest class index. */
export function argmaxLowestIndex(values: Float64Array, offset: number, classes: number): number {
  let best = 0;
  let bestValue = values[offset] as number;
  for (let c = 1; c < classes; c += 1) {
    const value = values[offset + c] as number;
    if (value > bestValue) {
      best = c;
      bestValue = value;
    }
  }
  return best;
}

/** Per-item consensus objects from a flat items × classes posterior table. */
export function itemConsensusList(
  coded: CodedAnnotations,
  posteriors: Float64Array,
  labels: Int32Array,
): ItemConsensus[] {
  const classes = coded.classes.length;
  return coded.itemIds.map((item, index) => ({
    item,
    label: coded.classes[labels[index] as number] as RatingValue,
    posterior: Array.from(posteriors.subarray(index * classes, (index + 1) * classes)),
  }));
}

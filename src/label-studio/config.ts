import { TandemError } from '../errors.js';
import { LabelSchema } from '../schemas/label-schema.js';
import { type ConfigElement, descendants, parseConfigXml } from './xml.js';

/**
 * How one Tandem question maps to a Label Studio control: `fromName` is the control's name,
 * `toName` the object tag(s) it labels, `type` the result type. Kept with the project so that
 * exports use the names the original config used.
 */
export interface LabelStudioBinding {
  readonly question: string;
  readonly fromName: string;
  readonly toName: string;
  readonly type: LabelStudioResultType;
  /** For a ranking question: the List tag whose item ids the result lists. */
  readonly listName?: string;
}

export type LabelStudioResultType =
  | 'choices'
  | 'labels'
  | 'rectanglelabels'
  | 'rating'
  | 'textarea'
  | 'pairwise'
  | 'ranker'
  | 'number';

export interface ConvertedConfig {
  readonly labelSchema: LabelSchema;
  readonly bindings: readonly LabelStudioBinding[];
}

/** A problem with one tag of the config. */
export interface ConfigIssue {
  readonly tag: string;
  readonly line: number;
  readonly message: string;
}

/** Object tags: they show data (`value="$field"`) and are what controls point at. */
const OBJECT_TAGS = new Set([
  'Text',
  'HyperText',
  'Image',
  'List',
  'Paragraphs',
  'Audio',
  'Video',
  'Table',
  'TimeSeries',
]);
/** Tags that only lay out or decorate the page, or belong to a parent handled with it. */
const LAYOUT_TAGS = new Set([
  'View',
  'Header',
  'Style',
  'Choice',
  'Label',
  'Filter',
  'Collapse',
  'Panel',
  'Bucket',
  'Markdown',
]);

const UNMAPPED_REASONS: Readonly<Record<string, string>> = {
  PolygonLabels: 'Tandem has no polygon question; boxes (RectangleLabels) are supported',
  Polygon: 'Tandem has no polygon question',
  KeyPointLabels: 'Tandem has no keypoint question',
  KeyPoint: 'Tandem has no keypoint question',
  BrushLabels: 'Tandem has no mask question',
  Brush: 'Tandem has no mask question',
  EllipseLabels: 'Tandem has no ellipse question',
  Rectangle: 'a Rectangle without labels has no label to store; use RectangleLabels',
  Relations: 'Tandem has no relation question',
  Relation: 'Tandem has no relation question',
  Taxonomy: 'Tandem has no taxonomy question; flatten it into Choices',
  DateTime: 'Tandem has no date question',
  HyperTextLabels: 'HTML spans do not map; use Labels over Text',
  ParagraphLabels: 'dialogue spans do not map; use Labels over Text',
  TimeSeriesLabels: 'Tandem has no time-series question',
  VideoRectangle: 'Tandem has no video question',
  TimelineLabels: 'Tandem has no video question',
};

/**
 * Converts a Label Studio labeling config (XML) into a Tandem label schema. Every tag that does
 * not map is reported with its line; the conversion fails with LABEL_STUDIO_CONFIG_INVALID when
 * any does, or when no question results.
 *
 * @example
 * convertLabelStudioConfig('<View><Text name="t" value="$text"/><Choices name="s" toName="t"><Choice value="a"/><Choice value="b"/></Choices></View>');
 * // → labelSchema { questions: [{ name: 's', type: 'single_choice', options: [{ value: 'a' }, { value: 'b' }] }] }
 */
export function convertLabelStudioConfig(xml: string): ConvertedConfig {
  const parsed = parseConfigXml(xml);
  if (!parsed.ok) {
    throw configError([{ tag: 'XML', line: parsed.line, message: `not well-formed XML: ${parsed.message}` }]);
  }
  const elements = [parsed.root, ...descendants(parsed.root)];
  const objects = new Map<string, ConfigElement>();
  for (const element of elements) {
    if (OBJECT_TAGS.has(element.tag) && element.attributes.name) objects.set(element.attributes.name, element);
  }
  const issues: ConfigIssue[] = [];
  const questions: unknown[] = [];
  const bindings: LabelStudioBinding[] = [];
  for (const element of elements) {
    if (OBJECT_TAGS.has(element.tag) || LAYOUT_TAGS.has(element.tag)) continue;
    const converted = convertControl(element, objects);
    if ('issue' in converted) {
      issues.push({ tag: element.tag, line: element.line, message: converted.issue });
      continue;
    }
    questions.push(converted.question);
    bindings.push(converted.binding);
  }
  if (issues.length > 0) throw configError(issues);
  if (questions.length === 0) {
    throw configError([
      { tag: parsed.root.tag, line: parsed.root.line, message: 'the config has no control tag Tandem can ask' },
    ]);
  }
  const schema = LabelSchema.safeParse({ questions });
  if (!schema.success) {
    throw configError(
      schema.error.issues.map((issue) => {
        const index = typeof issue.path[1] === 'number' ? issue.path[1] : -1;
        const element = elements.find((candidate) => candidate.attributes.name === bindings[index]?.fromName);
        return {
          tag: element?.tag ?? 'View',
          line: element?.line ?? 1,
          message: `${issue.path.slice(2).join('.') || 'question'}: ${issue.message}`,
        };
      }),
    );
  }
  return { labelSchema: schema.data, bindings };
}

function configError(issues: readonly ConfigIssue[]): TandemError {
  const first = issues[0] as ConfigIssue;
  return new TandemError(
    'LABEL_STUDIO_CONFIG_INVALID',
    `The Label Studio config does not map to a Tandem label schema: <${first.tag}> on line ${first.line}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
    issues.map((issue) => ({ path: `line ${issue.line} <${issue.tag}>`, message: issue.message })),
  );
}

type Converted = { question: Record<string, unknown>; binding: LabelStudioBinding } | { issue: string };

/** A Tandem question name from a Label Studio control name (`my-label` → `my_label`). */
export function questionNameOf(controlName: string): string {
  const cleaned = controlName.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `q_${cleaned}`.slice(0, 64);
}

/** `$field` → `field`; undefined when the value is not a plain data reference. */
function dataField(object: ConfigElement | undefined): string | undefined {
  const match = /^\$([A-Za-z_][\w.-]*)$/.exec(object?.attributes.value ?? '');
  return match?.[1];
}

function options(element: ConfigElement, childTag: string): { value: string; label?: string }[] {
  return element.children
    .filter((child) => child.tag === childTag)
    .map((child) => {
      const value = child.attributes.value ?? child.attributes.alias ?? '';
      const alias = child.attributes.alias;
      // An alias is what Label Studio stores; the value is what it shows.
      return alias && alias !== child.attributes.value ? { value: alias, label: child.attributes.value } : { value };
    });
}

function convertControl(element: ConfigElement, objects: ReadonlyMap<string, ConfigElement>): Converted {
  const { name, toName } = element.attributes;
  if (UNMAPPED_REASONS[element.tag]) return { issue: UNMAPPED_REASONS[element.tag] as string };
  if (!name) return { issue: `<${element.tag}> is not a tag Tandem knows, or a control without a name` };
  if (!toName) return { issue: `control "${name}" has no toName` };
  if (element.attributes.perRegion === 'true' || element.attributes.perItem === 'true') {
    return { issue: `control "${name}" is per region or per item; Tandem asks questions per item` };
  }
  const targets = toName.split(',').map((target) => target.trim());
  const target = objects.get(targets[0] as string);
  if (!target) return { issue: `toName "${targets[0]}" names no object tag (Text, Image, List, …)` };
  const question: Record<string, unknown> = { name: questionNameOf(name) };
  if (element.attributes.required === 'false') question.required = false;
  const binding = { question: question.name as string, fromName: name, toName };
  const field = dataField(target);
  switch (element.tag) {
    case 'Choices': {
      const multiple = element.attributes.choice === 'multiple';
      return {
        question: {
          ...question,
          type: multiple ? 'multi_choice' : 'single_choice',
          options: options(element, 'Choice'),
        },
        binding: { ...binding, type: 'choices' },
      };
    }
    case 'Labels': {
      if (target.tag !== 'Text') return { issue: `Labels over <${target.tag}> does not map; Tandem spans label Text` };
      if (!field) return { issue: `the Text "${target.attributes.name}" must show a data field ($name)` };
      return {
        question: { ...question, type: 'spans', field, labels: options(element, 'Label') },
        binding: { ...binding, type: 'labels' },
      };
    }
    case 'RectangleLabels': {
      if (target.tag !== 'Image')
        return { issue: `RectangleLabels over <${target.tag}> does not map; boxes go on an Image` };
      if (!field) return { issue: `the Image "${target.attributes.name}" must show a data field ($name)` };
      return {
        question: { ...question, type: 'bbox', field, labels: options(element, 'Label') },
        binding: { ...binding, type: 'rectanglelabels' },
      };
    }
    case 'Rating': {
      const max = Number(element.attributes.maxRating ?? '5');
      if (!Number.isInteger(max) || max < 2)
        return { issue: `maxRating must be an integer of 2 or more; got "${element.attributes.maxRating}"` };
      return { question: { ...question, type: 'rating', min: 1, max }, binding: { ...binding, type: 'rating' } };
    }
    case 'Number': {
      const min = Number(element.attributes.min);
      const max = Number(element.attributes.max);
      if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) {
        return { issue: 'a Number maps to a numeric scale: it needs integer min and max (min < max)' };
      }
      const step = element.attributes.step === undefined ? 1 : Number(element.attributes.step);
      return {
        question: { ...question, type: 'rating', min, max, step },
        binding: { ...binding, type: 'number' },
      };
    }
    case 'TextArea': {
      const maxLength = Number(element.attributes.maxLength ?? element.attributes.maxlength ?? 'NaN');
      const rows = Number(element.attributes.rows ?? '2');
      return {
        question: {
          ...question,
          type: 'text',
          ...(Number.isInteger(maxLength) && maxLength > 0 ? { maxLength } : {}),
          multiline: rows > 1,
        },
        binding: { ...binding, type: 'textarea' },
      };
    }
    case 'Pairwise': {
      const second = objects.get(targets[1] ?? '');
      const secondField = dataField(second);
      if (targets.length !== 2 || !second || !field || !secondField) {
        return { issue: 'Pairwise needs toName="left,right" naming two objects that show data fields' };
      }
      return {
        question: { ...question, type: 'pairwise', fields: [field, secondField], allowTie: false },
        binding: { ...binding, type: 'pairwise' },
      };
    }
    case 'Ranker': {
      if (element.children.some((child) => child.tag === 'Bucket')) {
        return { issue: 'a Ranker with Buckets sorts items into groups, not one order; Tandem ranks a whole list' };
      }
      if (target.tag !== 'List' || !field) return { issue: 'a Ranker must point at a List that shows a data field' };
      return {
        question: { ...question, type: 'ranking', field },
        binding: { ...binding, type: 'ranker', listName: target.attributes.name as string },
      };
    }
    default:
      return { issue: `<${element.tag}> is not a tag Tandem can map` };
  }
}

import fc from 'fast-check';

/**
 * Values for the OpenAPI-driven fuzz test (src/http/openapi-fuzz.test.ts): valid-ish values
 * generated from a JSON Schema, with hostile ones mixed in at every level — wrong types, huge
 * numbers, NUL bytes, odd unicode, unknown keys, deep nesting.
 */

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

/** Marks where the serialised body gets JSON nested thousands deep (JSON.stringify cannot write it). */
export const DEEP_MARKER = '\u0001deep\u0001';

export function deepJson(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

/** Strings that have broken parsers and databases before. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '%00',
      '\u202e\u200b\ufeff',
      '\ud800',
      '\udfff\ud800',
      '🦄👩‍👩‍👧‍👦',
      '１２３',
      "' OR 1=1 --",
      '"; drop table items; --',
      '../../etc/passwd',
      '__proto__',
      'constructor',
      '%s%n{{x}}',
      '\\u0000',
      'NaN',
      'Infinity',
      '-0',
      '0x10',
      ' 1',
      '1e3',
      '99999999999999999999999',
    ),
  },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  // Long enough to pass the header limit when it lands in a URL (431) and field limits in bodies.
  { weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) },
  { weight: 1, arbitrary: fc.constant('y'.repeat(6_000)) },
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 63, Number.MIN_VALUE, 1e-300),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value of an unexpected kind (including the deep-nesting marker). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}, DEEP_MARKER, { __proto__: { x: 1 } }),
  fc.dictionary(hostileString, fc.constant(1), { maxKeys: 3 }),
  fc.array(hostileString, { maxLength: 3 }),
);

/** A path or query id, well formed or not. */
export function idText(existing: readonly number[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...existing.map(String)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        '0x10',
        '%201',
        '1e3',
        '99999999999999999999999',
        '9007199254740993',
        '1.5',
        '%00',
        'NaN',
        '%EF%BC%91',
        '01',
        '%2e%2e',
        'abc',
      ),
    },
    { weight: 1, arbitrary: fc.nat().map(String) },
  );
}

/** Valid-ish values for `schema`, with a hostile value instead at each node about one time in eight. */
export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, depth);
  return fc.oneof({ weight: 7, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

function validFromSchema(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((s) => fromSchema(s, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return fromSchema(Object.assign({}, ...schema.allOf), depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return objectFromSchema(schema, depth);
    case 'array': {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => fromSchema(s, depth + 1)));
      const item = schema.items ? fromSchema(schema.items, depth + 1) : hostileValue;
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'string':
      return stringFromSchema(schema);
    case 'integer':
      return fc.integer({
        min: Math.ceil(schema.minimum ?? -10),
        max: Math.floor(Math.min(schema.maximum ?? 1_000, 1e9)),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -10,
        max: Math.min(schema.maximum ?? 1_000, 1e9),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
        hostileValue,
      );
  }
}

function objectFromSchema(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) shape[name] = fromSchema(property, depth + 1);
  const required = (schema.required ?? []).filter((name) => name in properties);
  const known = fc.record(shape, { requiredKeys: required });
  const extra =
    typeof schema.additionalProperties === 'object'
      ? fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fromSchema(schema.additionalProperties, depth + 1), {
          maxKeys: 3,
        })
      : fc.constant({});
  // Unknown keys now and then: the answer must name them.
  const unknown = fc.oneof(
    { weight: 9, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.dictionary(hostileString, hostileValue, { minKeys: 1, maxKeys: 2 }) },
  );
  return fc.tuple(known, extra, unknown).map(([a, b, c]) => ({ ...c, ...b, ...a }));
}

function stringFromSchema(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uri') {
    return fc.constantFrom(
      'https://93.184.215.14/hook',
      'http://127.0.0.1/x',
      'http://2130706433/',
      'http://[::1]/',
      'http://169.254.169.254/latest',
      `https://example.com/${'a'.repeat(3_000)}`,
    );
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' });
    } catch {
      // a pattern fast-check cannot generate from: fall through
    }
  }
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 20, 40));
  return fc.string({ minLength: min, maxLength: max });
}

// Checks the W3C export against the MUST assertions of the W3C Web Annotation test suite
// (github.com/w3c/web-annotation-tests: annotations/annotationMusts.test,
// collections/collectionMusts.test, and the body, target and selector definitions they use),
// restated here as JSON Schemas for ajv.
import { exampleFile } from '../../tests/sync/example';
import Ajv, { type AnySchema } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { syncFile } from '../../tests/sync/arbitraries';
import { ANNO_CONTEXT, toWebAnnotations } from './w3c';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const uri = { type: 'string', format: 'uri' };
const single = (schema: object) => ({
  oneOf: [schema, { type: 'array', minItems: 1, maxItems: 1, items: schema }],
});
const valueOrInArray = (value: string) => ({
  oneOf: [
    { type: 'string', enum: [value] },
    { type: 'array', contains: { type: 'string', enum: [value] } },
  ],
});
const optional = (key: string, schema: object) => ({
  type: 'object',
  properties: { [key]: schema },
});
const dateTime = single({ type: 'string', format: 'date-time' });
const motivations = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

const textQuoteSelector = {
  if: { properties: { type: { const: 'TextQuoteSelector' } }, required: ['type'] },
  then: {
    properties: {
      exact: { type: 'string' },
      prefix: { type: 'string' },
      suffix: { type: 'string' },
    },
    required: ['exact'],
  },
};
const textPositionSelector = {
  if: { properties: { type: { const: 'TextPositionSelector' } }, required: ['type'] },
  then: {
    properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
    required: ['start', 'end'],
  },
};
const specificResource = {
  type: 'object',
  required: ['source'],
  properties: {
    source: { oneOf: [uri, { type: 'object', required: ['id'], properties: { id: uri } }] },
    selector: {
      oneOf: [
        { type: 'object', required: ['type'], allOf: [textQuoteSelector, textPositionSelector] },
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['type'],
            allOf: [textQuoteSelector, textPositionSelector],
          },
        },
      ],
    },
    styleClass: { type: 'string' },
  },
};
const textualBody = {
  if: { properties: { type: { const: 'TextualBody' } }, required: ['type'] },
  then: {
    required: ['value'],
    properties: {
      value: { type: 'string' },
      format: single({ type: 'string' }),
      purpose: { oneOf: [{ enum: motivations }, { type: 'array', items: { enum: motivations } }] },
    },
  },
};

/** The suite's MUST assertions for one annotation, by the suite's assertion file names. */
const annotationMusts: Record<string, AnySchema> = {
  '3.1-annotationContextValidated': {
    type: 'object',
    required: ['@context'],
    properties: { '@context': valueOrInArray(ANNO_CONTEXT) },
  },
  '3.1-annotationIdValidated': {
    type: 'object',
    required: ['id'],
    properties: { id: single(uri) },
  },
  '3.1-annotationTypeValidated': {
    type: 'object',
    required: ['type'],
    properties: { type: valueOrInArray('Annotation') },
  },
  '3.1-targetKeyFound': { type: 'object', required: ['target'] },
  '3.2-targetObjectsRecognized': {
    type: 'object',
    properties: {
      target: {
        oneOf: [
          uri,
          specificResource,
          { type: 'array', items: { oneOf: [uri, specificResource] } },
        ],
      },
    },
  },
  '3.2.5-notBodyBodyValue': { type: 'object', not: { required: ['body', 'bodyValue'] } },
  '3.2-bodiesRecognized (TextualBody value)': {
    type: 'object',
    properties: {
      body: {
        oneOf: [
          { type: 'object', ...textualBody },
          { type: 'array', items: { type: 'object', ...textualBody } },
        ],
      },
    },
  },
  '3.3.1-annotationCreatedValidated': optional('created', dateTime),
  '3.3.1-annotationModifiedValidated': optional('modified', dateTime),
  '3.3.1-annotationGeneratedValidated': optional('generated', dateTime),
  '3.3.5-motivationRecognizedIfPresent': optional('motivation', {
    oneOf: [{ enum: motivations }, { type: 'array', minItems: 1, items: { enum: motivations } }],
  }),
  '3.3.6-annotationRightsValidated': optional('rights', {
    oneOf: [uri, { type: 'array', items: uri }],
  }),
  '3.3.7-annotationCanonicalValidated': optional('canonical', single(uri)),
  '3.3.7-annotationViaValidated': optional('via', { oneOf: [uri, { type: 'array', items: uri }] }),
};

/** The suite's MUST assertions for the collection (collections/collectionMusts.test). */
const collectionMusts: Record<string, AnySchema> = {
  '5.1-collectionContextValidated': annotationMusts['3.1-annotationContextValidated']!,
  '5.1-collectionIdValidated': annotationMusts['3.1-annotationIdValidated']!,
  '5.1-collectionTypeValidated': {
    type: 'object',
    required: ['type'],
    properties: { type: valueOrInArray('AnnotationCollection') },
  },
  '5.1-collectionLabelValidated': optional('label', {
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  }),
  '5.1-collectionTotalValidated': optional('total', { type: 'integer', minimum: 0 }),
  '5.1-collectionFirstValidated': {
    if: { required: ['total'], properties: { total: { exclusiveMinimum: 0 } } },
    then: {
      required: ['first'],
      properties: {
        first: {
          oneOf: [
            uri,
            {
              type: 'object',
              required: ['id', 'type', 'items'],
              properties: {
                id: uri,
                type: valueOrInArray('AnnotationPage'),
                items: { type: 'array' },
              },
            },
          ],
        },
      },
    },
  },
  '5.1-collectionLastValidated': optional('last', uri),
  '3.3.1-collectionCreatedValidated': optional('created', dateTime),
  '3.3.1-collectionModifiedValidated': optional('modified', dateTime),
  '3.3.6-collectionRightsValidated': annotationMusts['3.3.6-annotationRightsValidated']!,
};

function check(musts: Record<string, AnySchema>, value: unknown): string[] {
  return Object.entries(musts)
    .filter(([, schema]) => !ajv.validate(schema, value))
    .map(([name]) => `${name}: ${ajv.errorsText()}`);
}

describe('toWebAnnotations', () => {
  it('passes every MUST assertion of the W3C suite, for the collection and every annotation', () => {
    const collection = toWebAnnotations(exampleFile());
    const items = collection.first.items;
    expect(items).toHaveLength(exampleFile().annotations.length);
    const failures = [
      ...check(collectionMusts, collection),
      ...items.flatMap((item) => check(annotationMusts, item).map((f) => `${item.id} ${f}`)),
    ];
    const passed = (musts: Record<string, AnySchema>, values: unknown[]) =>
      Object.entries(musts).map(([name, schema]) => {
        const count = values.filter((value) => ajv.validate(schema, value)).length;
        return `${count === values.length ? 'pass' : 'FAIL'} ${name} (${count}/${values.length})`;
      });
    console.log(
      [
        'W3C Web Annotation MUST assertions, collection:',
        ...passed(collectionMusts, [collection]),
        `annotations (${items.length}):`,
        ...passed(annotationMusts, items),
      ].join('\n  '),
    );
    expect(failures).toEqual([]);
  });

  it('passes them for every annotation of generated files', () => {
    fc.assert(
      fc.property(syncFile, (file) =>
        toWebAnnotations(file).first.items.every(
          (item) => check(annotationMusts, item).length === 0,
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('the checks catch what the suite forbids', () => {
    const item = toWebAnnotations(exampleFile()).first.items[0]!;
    const broken = {
      ...item,
      '@context': 'http://www.w3.org/ns/oa.jsonld',
      id: 'not a uri',
      bodyValue: 'x',
      body: [{ type: 'TextualBody' }],
      modified: 'yesterday',
    };
    expect(check(annotationMusts, broken).map((f) => f.split(':')[0])).toEqual([
      '3.1-annotationContextValidated',
      '3.1-annotationIdValidated',
      '3.2.5-notBodyBodyValue',
      '3.2-bodiesRecognized (TextualBody value)',
      '3.3.1-annotationModifiedValidated',
    ]);
    const badSelector = {
      ...item,
      target: {
        ...item.target,
        source: 'nowhere',
        selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }],
      },
    };
    expect(check(annotationMusts, badSelector).map((f) => f.split(':')[0])).toEqual([
      '3.2-targetObjectsRecognized',
    ]);
  });

  it('writes notes as markdown commenting bodies, tags as tagging bodies, urn:uuid ids', () => {
    const file = exampleFile();
    const items = toWebAnnotations(file).first.items;
    const withNote = file.annotations.find((a) => a.note && a.tags.length > 1)!;
    const item = items.find((i) => i.id === `urn:uuid:${withNote.id}`)!;
    expect(item.body).toEqual([
      { type: 'TextualBody', value: withNote.note, purpose: 'commenting', format: 'text/markdown' },
      ...withNote.tags.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' })),
    ]);
    expect(item.target.source).toBe(file.pages.find((p) => p.id === withNote.pageId)!.url);
  });
});

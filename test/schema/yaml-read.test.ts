// The safe YAML reader builds values in the same walk that checks the tree, or straight from the CST
// on its fast path; these tests hold both to the `yaml` package's own conversion, key order included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify, type ToStringOptions } from 'yaml';
import { MAX_YAML_DEPTH, parseYaml } from '../../src/schema/yaml-document.js';
import { readYamlFast } from '../../src/schema/yaml-fast.js';

const safeKey = fc
  .string({ maxLength: 8 })
  .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(safeKey, tie('node'), { maxKeys: 4 }),
  ),
})).node;

describe('parseYaml reads what yaml.parse reads', () => {
  it('same value and key order for generated documents, block and flow styles', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (v, flow) => {
        const text = stringify(v, flow ? { collectionStyle: 'flow' } : {});
        const ours = parseYaml(text, 'gen.yaml');
        expect(ours.problems).toEqual([]);
        const theirs = parse(text);
        expect(ours.source?.data).toEqual(theirs);
        expect(JSON.stringify(ours.source?.data)).toBe(JSON.stringify(theirs));
      }),
      { numRuns: 400 },
    );
  });

  it('empty values, numeric, boolean and null keys, explicit core tags', () => {
    const text = [
      'a:',
      '1: one',
      'true: yes',
      '~: nothing',
      'b: !!str 123',
      'c: [1, null, 3]',
      'd: { x: }',
      'e:',
      '  - ',
      '  - !!int "7"',
      'f: .inf',
      '',
    ].join('\n');
    const ours = parseYaml(text, 't.yaml');
    expect(ours.problems).toEqual([]);
    expect(JSON.stringify(ours.source?.data)).toBe(JSON.stringify(parse(text)));
  });

  it('refuses aliases, prototype keys and unknown tags, in source order with positions', () => {
    const text = 'a: &x 1\nb: *x\n__proto__: 2\nc: !!binary aGk=\n';
    const { problems, source } = parseYaml(text, 'bad.yaml');
    expect(source).toBeUndefined();
    expect(problems.map((p) => [p.code, p.line, p.col])).toEqual([
      ['ERR_YAML_ALIAS', 2, 4],
      ['ERR_YAML_FORBIDDEN_KEY', 3, 1],
      ['ERR_YAML_UNKNOWN_TAG', 4, 13],
    ]);
  });
});

// What the Document path would make of `text` with the reader's options: its value, or undefined
// when it has any error (the fast path must then bail, so the Document path can report it).
function documentValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) return undefined;
  return { value: parse(text) };
}

/** The fast path either bails or gives exactly what yaml.parse gives, for a text the Document path accepts. */
function checkFast(text: string): boolean {
  const fast = readYamlFast(text, MAX_YAML_DEPTH);
  if (!fast) return false;
  const slow = documentValue(text);
  expect(slow, `fast path accepted what the Document path refuses:\n${text}`).toBeDefined();
  expect(fast.data).toEqual(slow!.value);
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow!.value));
  return true;
}

const TRICKY = [
  '0o17',
  '0x1F',
  '0X1F',
  '0o8',
  '1e3',
  '1E-3',
  '.5',
  '5.',
  '-.5e+2',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  'NaN',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  '',
  'True',
  'TRUE',
  'tRue',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '010',
  '+1',
  '-0',
  '1_000',
  '12:30',
  '2024-01-02',
  '9007199254740993',
  '1.0',
  '-1.50',
  'true',
  'false',
  'FALSE',
  'a b',
  'a:b',
  'a #b',
  'x.y.z',
  'svc-1',
  'team-7',
  'tier-2',
  'fix',
  'nil',
];
const trickyScalar = fc.constantFrom(...TRICKY);
const trickyValue = fc.oneof(
  trickyScalar,
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);

describe('the CST fast path reads exactly what yaml.parse reads, or bails', () => {
  it('reads the bench topology shape itself (does not silently fall back)', () => {
    const component = (i: number) =>
      [
        `  - id: svc-${i}`,
        `    kind: service`,
        `    team: team-${i % 50}`,
        `    aliases: [service-${i}, s${i}]`,
        `    addresses: [svc-${i}.prod.svc.cluster.local]`,
        `    kubernetes: { namespace: ns-${i % 20}, workload: { kind: Deployment, name: svc-${i} } }`,
        `    tags: [tier-${i % 3}]`,
        `    dependsOn: [svc-${i + 1}, svc-${i + 7}]`,
      ].join('\n');
    const text = `apiVersion: culprit/v1\nkind: Topology\nmetadata: { name: one }\ncomponents:\n${[0, 1, 2].map(component).join('\n')}\n`;
    expect(checkFast(text)).toBe(true);
    expect(checkFast(`---\n# a comment\n${text}# trailing\n`)).toBe(true);
  });

  it('generated documents in every output style', () => {
    const options: fc.Arbitrary<ToStringOptions> = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_FOLDED',
        'BLOCK_LITERAL',
      ),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      lineWidth: fc.constantFrom(0, 12, 40, 80),
      minContentWidth: fc.constantFrom(0, 4, 20),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
      doubleQuotedAsJSON: fc.boolean(),
      directives: fc.boolean(),
    }) as fc.Arbitrary<ToStringOptions>;
    const json = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string(), trickyValue, fc.constant(null), fc.string({ unit: 'grapheme' })),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(safeKey, trickyScalar), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    let handled = 0;
    let runs = 0;
    fc.assert(
      fc.property(json, options, (v, opts) => {
        runs++;
        let text: string;
        try {
          text = stringify(v, opts);
        } catch {
          return; // an option combination yaml refuses
        }
        if (checkFast(text)) handled++;
      }),
      { numRuns: 1500 },
    );
    expect(handled / runs).toBeGreaterThan(0.5);
  });

  it('hand-written scalars, comments and layouts', () => {
    const texts = [
      'a:\nb: ~\nc: null\nd: [1, ~, "x"]\n',
      'k: "tab\\tand \\u00e9 \\x41 \\"q\\" \\\\"\n',
      "k: 'it''s'\n",
      'k: multi\n  line\n\n  plain\n',
      'k: "multi\n  line\n\n  double"\n',
      "k: 'multi\n  line'\n",
      'k: |\n  literal\n   kept\n\n',
      'k: >-\n  folded\n  text\n\n  para\n',
      'k: |+\n  keep\n\n',
      '- a # comment\n- b\n# between\n- c\n',
      'a: 1 # c\n# full line\nb: [x, # in flow\n  y]\n',
      'a: {x: 1, y: [1, 2, {z: }], }\n',
      'a: [ ]\nb: { }\nc: []\n',
      '"quoted key": 1\n\'single\': 2\n',
      'a:\n- 1\n- 2\nb: x\n',
      'a:\n  - - 1\n    - 2\n  - k: v\n    j: w\n',
      '- \n- ~\n-\n',
      '[1, 2, 3]\n',
      '{a: 1}\n',
      'scalar at root\n',
      '"quoted root"\n',
      '--- # start\na: 1\n',
      '---\n- 1\n',
      'a: 1\n...\n',
      '# only a comment\n',
      '',
      ...TRICKY.flatMap((t) => [
        `k: ${t}\n`,
        `- ${t}\n`,
        `[${t}]\n`,
        `{k: ${t}}\n`,
        `${t}: v\n`,
        `k: "${t}"\n`,
      ]),
    ];
    for (const text of texts) checkFast(text);
    for (const text of ['k: 0o17\n', 'k: .inf\n', 'k: 1e3\n', 'k: "quoted 1"\n', "k: '1'\n", 'k: |\n  x\n']) {
      expect(checkFast(text), text).toBe(true);
    }
  });

  it('bails on what only the Document path may judge', () => {
    const bail = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: 1\n',
      '[a]: 1\n',
      'a: 1\na: 2\n',
      '{a: 1, a: 2}\n',
      '__proto__: 1\n',
      'constructor: 1\n',
      'prototype: 1\n',
      '<<: {a: 1}\n',
      '1: one\n',
      'true: t\n',
      '~: n\n',
      ': empty key\n',
      'a: 1\n---\nb: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n',
      'a: b: c\n',
      '- [a: b]\n',
      'a: "bad \\q escape"\n',
      'a: [1, 2\n',
      '[a,#c\n]\n',
      '{a: 1,#c\n}\n',
      '[a, b]#c\n',
      'a: 1\n b: 2\n',
      `${'['.repeat(MAX_YAML_DEPTH + 2)}${']'.repeat(MAX_YAML_DEPTH + 2)}\n`,
    ];
    for (const text of bail) expect(readYamlFast(text, MAX_YAML_DEPTH), text).toBeUndefined();
    expect(readYamlFast(`${'['.repeat(10)}${']'.repeat(10)}\n`, MAX_YAML_DEPTH)).toBeDefined();
  });

  it('never accepts a mutated document the Document path refuses', () => {
    const base = [
      'apiVersion: v1\nkind: T\nmetadata: { name: one }\nlist:\n  - id: a-1\n    tags: [x, "y", \'z\']\n    n: 0x1F\n  - id: b # c\n    m: {k: v, j: [1, 2]}\n',
      '- a\n- b: |\n    text\n  c: >\n    more\n- [1, {x: y}]\n',
    ];
    const alphabet = [
      ':',
      '-',
      ' ',
      '  ',
      '\n',
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '&a',
      '*a',
      '!',
      '?',
      '|',
      '>',
      'a',
      '1',
      '\\',
      '...',
      '---',
      '%',
      '@',
      '`',
    ];
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: fc.constantFrom(...alphabet) });
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        for (const { at, del, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + del);
        }
        checkFast(text);
      }),
      { numRuns: 3000 },
    );
  });
});

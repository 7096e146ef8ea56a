// The safe YAML reader builds values in the same walk that checks the tree; these tests hold it to
// the `yaml` package's own conversion for every tree it accepts, key order included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseYaml } from '../../src/schema/yaml-document.js';

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

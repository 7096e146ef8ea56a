// Loads rule packs (pack.yaml + rules/ + tests/ + docs/, keyed by rule id), checks everything that
// can be checked before evaluation, and reports each problem with file:line:col and a code.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import semver from 'semver';
import {
  createProblem,
  getValidator,
  packagePath,
  problemsError,
  readYamlFileProblems,
  schemaProblems,
  type Problem,
  type YamlSource,
} from '../schema/index.js';
import type { OperatorDefinition } from '../sdk/index.js';
import { isKnownCause } from './causes.js';
import { isValidPath } from './fact-path.js';
import { BUILTIN_OPERATORS, EXTRA_OPERATORS, RegexError } from './operators.js';
import type { Condition, LoadedRule, RuleDefinition, RulePack, RuleTests } from './rule-pack.js';

export interface RulePackCheck {
  packs: RulePack[];
  problems: Problem[];
}

export interface CheckOptions {
  /** Operators registered by plugins, besides the built-ins. */
  operators?: readonly OperatorDefinition[];
  /** Engine version to check pack `engine` ranges against (default: this package's). */
  engineVersion?: string;
  /**
   * Parse and check each rule's tests file (default true: `validate`, `rules test`). false only
   * checks that it exists: a running engine never reads the cases, and parsing them doubles start-up.
   */
  tests?: boolean;
}

const SECOND_PASS_FACTS = ['graph.dependencyFindings', 'graph.dependencySymptoms'];

let ownVersion: string | undefined;
async function engineVersion(): Promise<string> {
  ownVersion ??= (JSON.parse(await readFile(packagePath('package.json'), 'utf8')) as { version: string })
    .version;
  return ownVersion;
}

/** A path holding pack.yaml is a pack; otherwise each sub-directory holding one is. */
export async function findPackDirs(
  paths: string | readonly string[],
): Promise<{ dirs: string[]; problems: Problem[] }> {
  const dirs: string[] = [];
  const problems: Problem[] = [];
  for (const p of typeof paths === 'string' ? [paths] : paths) {
    const path = resolve(p);
    if (existsSync(join(path, 'pack.yaml'))) {
      dirs.push(path);
      continue;
    }
    const isDir = existsSync(path) && (await stat(path)).isDirectory();
    const subs = isDir
      ? (await readdir(path))
          .sort()
          .filter((d) => existsSync(join(path, d, 'pack.yaml')))
          .map((d) => join(path, d))
      : [];
    if (subs.length === 0)
      problems.push(createProblem('ERR_RULES_NO_PACK', { file: path, line: 1, col: 1 }, { path }));
    dirs.push(...subs);
  }
  return { dirs, problems };
}

export async function checkRulePacks(
  paths: string | readonly string[],
  options: CheckOptions = {},
): Promise<RulePackCheck> {
  const { dirs, problems } = await findPackDirs(paths);
  const packs: RulePack[] = [];
  const names = new Set<string>();
  for (const dir of dirs) {
    const result = await checkPack(dir, options);
    problems.push(...result.problems);
    if (!result.pack) continue;
    if (names.has(result.pack.name)) {
      problems.push(
        createProblem(
          'ERR_RULES_DUPLICATE_PACK',
          { file: join(dir, 'pack.yaml'), line: 1, col: 1 },
          { pack: result.pack.name },
        ),
      );
      continue;
    }
    names.add(result.pack.name);
    packs.push(result.pack);
  }
  return { packs: problems.length === 0 ? packs : [], problems };
}

export async function loadRulePacks(
  paths: string | readonly string[],
  options: CheckOptions = {},
): Promise<RulePack[]> {
  const result = await checkRulePacks(paths, options);
  if (result.problems.length > 0) throw problemsError(result.problems);
  return result.packs;
}

export async function loadRulePack(dir: string, options: CheckOptions = {}): Promise<RulePack> {
  const result = await checkPack(resolve(dir), options);
  if (!result.pack || result.problems.length > 0) throw problemsError(result.problems);
  return result.pack;
}

async function listFiles(dir: string, ext: RegExp): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => ext.test(f)).sort();
}

async function checkPack(
  dir: string,
  options: CheckOptions,
): Promise<{ pack?: RulePack; problems: Problem[] }> {
  const problems: Problem[] = [];
  const packFile = join(dir, 'pack.yaml');
  const parsed = await readYamlFileProblems(packFile);
  if (!parsed.source) return { problems: parsed.problems };
  const validatePack = getValidator<Omit<RulePack, 'dir' | 'rules'>>('rule-pack.schema.json');
  const meta = parsed.source.data;
  if (!validatePack(meta)) return { problems: schemaProblems(validatePack.errors, packFile, parsed.source) };
  const version = options.engineVersion ?? (await engineVersion());
  const range = meta.engine ?? '*';
  if (!semver.validRange(range) || !semver.satisfies(version, range, { includePrerelease: true })) {
    problems.push(
      createProblem(
        'ERR_RULES_ENGINE_MISMATCH',
        { file: packFile, ...parsed.source.locate('/engine') },
        { pack: meta.name, range, version },
      ),
    );
  }
  const packCauses = new Set(
    (meta.causes ?? []).filter((c) => c.id.startsWith(`${meta.name}/`)).map((c) => c.id),
  );
  const operators = new Map<string, OperatorDefinition | undefined>(
    BUILTIN_OPERATORS.map((o) => [o, undefined]),
  );
  for (const op of [...EXTRA_OPERATORS, ...(options.operators ?? [])]) operators.set(op.id, op);

  const ruleFiles = await listFiles(join(dir, 'rules'), /\.ya?ml$/);
  const testFiles = new Set(await listFiles(join(dir, 'tests'), /\.ya?ml$/));
  const docFiles = new Set(await listFiles(join(dir, 'docs'), /\.md$/));
  const rules: LoadedRule[] = [];
  const seen = new Map<string, string>();
  const validateRule = getValidator<RuleDefinition>('rule.schema.json');

  for (const name of ruleFiles) {
    const file = join(dir, 'rules', name);
    const r = await readYamlFileProblems(file);
    problems.push(...r.problems);
    if (!r.source) continue;
    if (!validateRule(r.source.data)) {
      problems.push(...schemaProblems(validateRule.errors, file, r.source));
      continue;
    }
    const rule = r.source.data;
    const at = (pointer: string) => ({ file, ...r.source!.locate(pointer), pointer });
    if (seen.has(rule.id)) {
      problems.push(createProblem('ERR_RULES_DUPLICATE_ID', at('/id'), { id: rule.id, pack: meta.name }));
      continue;
    }
    seen.set(rule.id, file);
    if (name.replace(/\.ya?ml$/, '') !== rule.id)
      problems.push(createProblem('ERR_RULES_ID_MISMATCH', at('/id'), { file: name, id: rule.id }));
    const facts = new Set<string>();
    problems.push(...checkConditions(rule, r.source, file, operators, facts));
    problems.push(...checkOutcome(rule, at, packCauses, facts));

    const loaded: LoadedRule = {
      ...rule,
      pack: meta.name,
      file,
      facts: [...facts].sort(),
      secondPass: [...facts].some((f) => f === 'graph') && usesSecondPassFacts(rule.conditions),
    };
    const testName = [...testFiles].find((t) => t.replace(/\.ya?ml$/, '') === rule.id);
    if (!testName)
      problems.push(createProblem('ERR_RULES_MISSING_TEST', { file, line: 1, col: 1 }, { rule: rule.id }));
    else {
      testFiles.delete(testName);
      if (options.tests !== false) {
        const tests = await loadTests(join(dir, 'tests', testName), problems);
        if (tests) loaded.tests = tests;
      }
    }
    if (!docFiles.has(`${rule.id}.md`))
      problems.push(createProblem('ERR_RULES_MISSING_DOC', { file, line: 1, col: 1 }, { rule: rule.id }));
    else {
      docFiles.delete(`${rule.id}.md`);
      loaded.doc = join(dir, 'docs', `${rule.id}.md`);
    }
    rules.push(loaded);
  }
  for (const t of testFiles)
    problems.push(
      createProblem(
        'ERR_RULES_ORPHAN_FILE',
        { file: join(dir, 'tests', t), line: 1, col: 1 },
        { file: `tests/${t}` },
      ),
    );
  for (const d of docFiles)
    problems.push(
      createProblem(
        'ERR_RULES_ORPHAN_FILE',
        { file: join(dir, 'docs', d), line: 1, col: 1 },
        { file: `docs/${d}` },
      ),
    );

  const pack: RulePack = {
    name: meta.name,
    version: meta.version,
    description: meta.description,
    engine: range,
    requires: { plugins: meta.requires?.plugins ?? [] },
    causes: meta.causes ?? [],
    dir,
    rules,
  };
  return { pack, problems };
}

async function loadTests(file: string, problems: Problem[]): Promise<LoadedRule['tests']> {
  const r = await readYamlFileProblems(file);
  problems.push(...r.problems);
  if (!r.source) return undefined;
  const validate = getValidator<RuleTests>('rule-tests.schema.json');
  if (!validate(r.source.data)) {
    problems.push(...schemaProblems(validate.errors, file, r.source));
    return undefined;
  }
  return { file, cases: r.source.data };
}

function usesSecondPassFacts(condition: Condition): boolean {
  if ('all' in condition) return condition.all.some(usesSecondPassFacts);
  if ('any' in condition) return condition.any.some(usesSecondPassFacts);
  if ('not' in condition) return usesSecondPassFacts(condition.not);
  return (
    condition.fact === 'graph' && SECOND_PASS_FACTS.some((f) => `graph.${condition.path ?? ''}`.startsWith(f))
  );
}

function checkConditions(
  rule: RuleDefinition,
  source: YamlSource,
  file: string,
  operators: Map<string, OperatorDefinition | undefined>,
  facts: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const stack: { condition: Condition; pointer: string }[] = [
    { condition: rule.conditions, pointer: '/conditions' },
  ];
  while (stack.length > 0) {
    const { condition, pointer } = stack.pop()!;
    if ('all' in condition)
      condition.all.forEach((c, i) => stack.push({ condition: c, pointer: `${pointer}/all/${i}` }));
    else if ('any' in condition)
      condition.any.forEach((c, i) => stack.push({ condition: c, pointer: `${pointer}/any/${i}` }));
    else if ('not' in condition) stack.push({ condition: condition.not, pointer: `${pointer}/not` });
    else {
      const at = (p: string) => ({ file, ...source.locate(`${pointer}/${p}`), pointer: `${pointer}/${p}` });
      facts.add(condition.fact);
      if (!operators.has(condition.operator)) {
        problems.push(
          createProblem('ERR_RULES_UNKNOWN_OPERATOR', at('operator'), {
            rule: rule.id,
            operator: condition.operator,
          }),
        );
      } else {
        const op = operators.get(condition.operator);
        try {
          op?.validateValue?.(condition.value);
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          const code =
            err instanceof RegexError
              ? err.unsafe
                ? 'ERR_RULES_UNSAFE_REGEX'
                : 'ERR_RULES_INVALID_REGEX'
              : 'ERR_RULES_INVALID_VALUE';
          problems.push(
            createProblem(code, at('value'), { rule: rule.id, operator: condition.operator, reason }),
          );
        }
      }
      if (condition.path !== undefined && !isValidPath(condition.path)) {
        problems.push(
          createProblem('ERR_RULES_INVALID_PATH', at('path'), { rule: rule.id, path: condition.path }),
        );
      }
    }
  }
  return problems;
}

function checkOutcome(
  rule: RuleDefinition,
  at: (pointer: string) => { file: string; line: number; col: number; pointer: string },
  packCauses: ReadonlySet<string>,
  facts: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const { outcome } = rule;
  if (!(outcome.messageId in rule.messages)) {
    problems.push(
      createProblem('ERR_RULES_UNKNOWN_MESSAGE', at('/outcome/messageId'), {
        rule: rule.id,
        messageId: outcome.messageId,
      }),
    );
  }
  if (outcome.finding && !isKnownCause(outcome.finding.cause, packCauses)) {
    problems.push(
      createProblem('ERR_RULES_UNKNOWN_CAUSE', at('/outcome/finding/cause'), {
        rule: rule.id,
        cause: outcome.finding.cause,
      }),
    );
  }
  const target = outcome.symptom?.target;
  if (target) {
    if (target.path !== undefined && !isValidPath(target.path)) {
      problems.push(
        createProblem('ERR_RULES_INVALID_PATH', at('/outcome/symptom/target/path'), {
          rule: rule.id,
          path: target.path,
        }),
      );
    }
    if (!facts.has(target.fact)) {
      problems.push(
        createProblem('ERR_RULES_UNFILLABLE_PLACEHOLDER', at('/outcome/symptom/target/fact'), {
          rule: rule.id,
          placeholder: target.fact,
        }),
      );
    }
  }
  for (const [id, template] of Object.entries(rule.messages)) {
    for (const m of template.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)) {
      const placeholder = m[1]!;
      const fact = factOfPlaceholder(placeholder, facts);
      const rest = fact === undefined ? '' : placeholder.slice(fact.length + 1);
      if (fact === undefined || (rest !== '' && !isValidPath(rest))) {
        problems.push(
          createProblem('ERR_RULES_UNFILLABLE_PLACEHOLDER', at(`/messages/${id}`), {
            rule: rule.id,
            placeholder,
          }),
        );
      }
    }
  }
  return problems;
}

/** The fact a placeholder reads: `node`, or the longest fact name the rule reads that prefixes it. */
export function factOfPlaceholder(placeholder: string, facts: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const f of ['node', ...facts]) {
    if ((placeholder === f || placeholder.startsWith(`${f}.`)) && (!best || f.length > best.length)) best = f;
  }
  return best;
}

#!/usr/bin/env node
// The `culprit` command: parses arguments (commander) and dispatches to one function per command.
// Commands print reports to stdout and coded errors to stderr; they never print stack traces.
import { pathToFileURL } from 'node:url';
import { readFileSync, realpathSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { isCulpritError } from '../errors/index.js';
import { packagePath } from '../schema/package-root.js';
import { processIo, type CliIo } from './io.js';
import { registerSnapshotCommand } from './snapshot-command.js';
import { registerTopologyCommands } from './topology-command.js';

// Each command imports what it uses when it runs: `culprit --help` or `culprit validate` never pays
// for the server, the store, the metrics or the LLM client (test/cli/lazy-start.test.ts).
const version = () =>
  (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('culprit')
    .description('Root-cause engine for incidents')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('validate')
    .description('check topology and rule-pack files; prints file:line:col code message per problem')
    .argument('[paths...]', "topology files/directories and rule-pack directories (default: culprit.yaml's)")
    .addOption(
      new Option('--format <format>', 'output format (json: {problems: [{code, file, line, col, message}]})')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (paths: string[], flags: { format: 'text' | 'json' }) =>
      setExit(await (await import('./validate-command.js')).runValidate(paths, io, flags)),
    );

  const rules = program.command('rules').description('rule-pack authoring tools');
  rules
    .command('test')
    .description("run the packs' YAML test cases")
    .argument(
      '[paths...]',
      "rule-pack directories (or a directory of packs) (default: culprit.yaml's rules, else ./rules)",
    )
    .addOption(
      new Option('--format <format>', 'output format (json: {problems: [{code, file, line, col, message}]})')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (paths: string[], flags: { format: 'text' | 'json' }) =>
      setExit(await (await import('./rules-test-command.js')).runRulesTest(paths, io, flags)),
    );

  program
    .command('demo')
    .description(
      'investigate an injected fault in the example shop, served by a fake Kubernetes API through the real plugin',
    )
    .option('--fault <name>', 'the fault to inject (default oom-killed; see --list)')
    .option('--list', 'list the faults and exit')
    .option('--description <text>', 'what the on-call engineer says (default: a phrasing per fault)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--serve-cluster', 'only serve the fake cluster and print its kubeconfig path, until Ctrl-C')
    .action(async (flags) => {
      const { runDemo } = await import('./demo-command.js');
      setExit(await runDemo(flags, io));
    });

  program
    .command('investigate')
    .description(
      'investigate an incident: live against the current kubeconfig (Kubernetes; Datadog when DD_API_KEY/DD_APP_KEY are set; plugins from culprit.yaml), or offline from --evidence. Exit 0 conclusive, 3 inconclusive, 2 usage or config error',
    )
    .argument('[description]', 'what is wrong, in words')
    .option('--kubeconfig <path>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context (default: the current context)')
    .option('--namespace <ns...>', 'only these namespaces')
    .option('--topology <paths...>', 'topology files or directories (default: drafted from the cluster)')
    .option('--save-topology <file>', 'write the topology drafted from the cluster to this file')
    .option('--rules <paths...>', 'rule-pack directories (default: bundled packs)')
    .option('--config <file>', 'culprit.yaml (default: $CULPRIT_CONFIG or ./culprit.yaml)')
    .option('--evidence <tape.json>', 'evidence tape to use as collected evidence (offline)')
    .option('--entity <ids...>', 'components the incident names explicitly')
    .option('--at <iso-time>', 'when the incident happened (default: now, or the tape incident time)')
    .option('--save <tape.json>', 'write the evidence tape of this run')
    .option('--quiet', 'no progress on stderr')
    .option('--progress', 'progress on stderr even when it is not a terminal')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'html', 'mermaid'])
        .default('text'),
    )
    .action(async (description: string | undefined, flags) => {
      const { runInvestigate } = await import('./investigate-command.js');
      setExit(await runInvestigate(description, flags, io));
    });

  program
    .command('replay')
    .description(
      're-score a saved evidence tape under other rule packs or topology and show how the ranking moved',
    )
    .argument('<tape>', 'evidence tape JSON')
    .option('--rules <paths...>', 'rule-pack directories (default: bundled packs)')
    .option('--topology <paths...>', 'topology files or directories (default: bundled example)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (tape: string, flags) => {
      const { runReplay } = await import('./investigate-command.js');
      setExit(await runReplay(tape, flags, io));
    });

  program
    .command('serve')
    .description('run the REST service (incidents API, SSE progress, health, metrics, OpenAPI at /docs)')
    .option('--config <file>', 'culprit.yaml (schemas/serve-config.schema.json)')
    .option('--data <dir>', 'directory of the SQLite database (default .culprit-data)')
    .option('--store <url|file>', 'postgres://… (many replicas) or a SQLite file (also CULPRIT_STORE_URL)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--port <port>', 'port (default 8080; 0 = any free port)')
    .option('--topology <paths...>', 'topology files or directories')
    .option('--rules <paths...>', 'rule-pack directories')
    .option('--plugin <modules...>', 'plugin packages or paths to load (no config)')
    .option('--api-key <name:key:scopes...>', 'API keys (also CULPRIT_API_KEYS, ;-separated)')
    .option(
      '--workers <n>',
      'investigations run at once (default 2; 0 = API only, `culprit worker` runs them)',
    )
    .option('--lease-ms <ms>', "job lease; a crashed worker's job is resumed after it (default 30000)")
    .addOption(new Option('--log-level <level>').choices(['debug', 'info', 'warn', 'error', 'silent']))
    .action(async (flags) => setExit(await (await import('./serve-command.js')).runServe(flags, io)));

  program
    .command('mcp')
    .description(
      'serve the MCP tools (investigate, incidents, components, rule-pack validation) on stdio for an AI assistant; logs on stderr',
    )
    .option('--kubeconfig <path>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context (default: the current context)')
    .option('--namespace <ns...>', 'only these namespaces')
    .option('--topology <paths...>', 'topology files or directories (default: drafted from the cluster)')
    .option('--rules <paths...>', 'rule-pack directories (default: bundled packs)')
    .option('--plugin <modules...>', 'plugin packages or paths to load (no config)')
    .option('--config <file>', 'culprit.yaml (default: $CULPRIT_CONFIG or ./culprit.yaml)')
    .option('--data <dir>', 'keep incidents in this directory (SQLite; default: in memory for the session)')
    .option('--investigate-wait <seconds>', 'how long investigate waits for the report (default 120)')
    .addOption(new Option('--log-level <level>').choices(['debug', 'info', 'warn', 'error', 'silent']))
    .action(async (flags) => setExit(await (await import('./mcp-command.js')).runMcp(flags, io)));

  program
    .command('worker')
    .description(
      'run investigations from a shared store, with no API: only /healthz, /readyz and /metrics on a side port',
    )
    .option('--config <file>', 'culprit.yaml (schemas/serve-config.schema.json)')
    .option('--store <url|file>', 'postgres://… or a SQLite file (also CULPRIT_STORE_URL, `store:`; default <data>/culprit.db)')
    .option('--data <dir>', 'directory of the SQLite database (default .culprit-data)')
    .option('--host <host>', 'address of the side port (default 127.0.0.1)')
    .option('--port <port>', 'side port for health and metrics (default 8081; 0 = any free port)')
    .option('--topology <paths...>', 'topology files or directories')
    .option('--rules <paths...>', 'rule-pack directories')
    .option('--plugin <modules...>', 'plugin packages or paths to load (no config)')
    .option('--workers <n>', 'investigations run at once (default 2)')
    .option('--lease-ms <ms>', "job lease; a crashed worker's job is resumed after it (default 30000)")
    .option('--shutdown-ms <ms>', 'on SIGTERM, how long running investigations may finish (default 10000)')
    .addOption(new Option('--log-level <level>').choices(['debug', 'info', 'warn', 'error', 'silent']))
    .action(async (flags) => setExit(await (await import('./worker-command.js')).runWorker(flags, io)));

  program
    .command('agent')
    .description(
      "run inside a cluster: connect out to the Culprit service, read the cluster's Kubernetes API for its collection requests (no listening port)",
    )
    .requiredOption('--server <url>', 'the Culprit service, e.g. https://culprit.example.com')
    .requiredOption('--cluster <name>', 'this cluster (as its components name it in the topology)')
    .requiredOption('--token-file <file>', 'file holding the agent token of this cluster')
    .option('--kubeconfig <path>', 'kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context')
    .option('--in-cluster', 'use the pod ServiceAccount (inside Kubernetes)')
    .option('--concurrency <n>', 'collection requests handled at once (default 2)')
    .option('--name <name>', "this agent's name in the service's logs (default: the host name)")
    .addOption(new Option('--log-level <level>').choices(['debug', 'info', 'warn', 'error', 'silent']))
    .action(async (flags) => setExit(await (await import('./agent-command.js')).runAgentCommand(flags, io)));

  program
    .command('eval')
    .description(
      "score rule packs on a scenario corpus: each scenario's snapshot served by the fake APIs, investigated by the real plugins (exit 3 below a floor)",
    )
    .argument('<corpus...>', 'corpus roots, system folders or scenario folders')
    .option('--rules <paths...>', 'rule-pack directories (default: bundled packs)')
    .addOption(
      new Option('--split <split>', 'which scenarios to run').choices(['dev', 'test', 'all']).default('all'),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'html', 'markdown'])
        .default('text'),
    )
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--min-ac1 <x>', 'fail (exit 3) when AC@1 of a split is below x (0..1)')
    .option(
      '--min-high-precision <x>',
      'fail (exit 3) when the precision of the high band of a split is below x',
    )
    .option('--concurrency <n>', 'scenarios investigated at once (default: cores, 2..8)')
    .action(async (paths: string[], flags) => {
      const { runEval } = await import('./eval-command.js');
      setExit(await runEval(paths, flags, io));
    });

  registerTopologyCommands(program, io, setExit);
  registerSnapshotCommand(program, io, setExit);

  // Last, so the script it generates from `program` sees every command registered above.
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish) for the culprit command')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') =>
      setExit((await import('./completion-command.js')).runCompletion(shell, program, io)),
    );
  return program;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (isCulpritError(err)) {
      io.stderr(`error ${err.code}: ${err.message}\n`);
      const problems = err.details.problems;
      if (Array.isArray(problems) && problems.length > 1) {
        for (const p of problems as {
          file: string;
          line: number;
          col: number;
          code: string;
          message: string;
        }[]) {
          io.stderr(`  ${p.file}:${p.line}:${p.col} ${p.code} ${p.message}\n`);
        }
      }
      return 2;
    }
    io.stderr(`error ERR_INTERNAL: ${err instanceof Error ? err.message : String(err)}\n`);
    return 70;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    () => (process.exitCode = 70),
  );
}

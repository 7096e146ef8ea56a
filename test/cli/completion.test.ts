// `culprit completion <shell>`: scripts generated from the commander program. The bash script is
// syntax-checked and exercised by a real bash; zsh and fish (not installed here) are checked by content.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli } from '../helpers/run-cli.js';

const silent = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), env: {} };
const commands = buildProgram(silent, () => {}).commands.map((c) => c.name());

async function script(shell: string): Promise<string> {
  const r = await runCli('completion', shell);
  expect(r.code).toBe(0);
  return r.stdout;
}

function bashComplete(file: string, line: string): string[] {
  const words = line.split(' ');
  const program = `source ${JSON.stringify(file)}
COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}
_culprit; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', program], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('culprit completion', () => {
  it('knows the program has the commands it must complete', () => {
    expect(commands).toEqual(
      expect.arrayContaining(['validate', 'rules', 'investigate', 'serve', 'completion']),
    );
  });

  it('bash: names every command, passes bash -n and completes commands, options and choices', async () => {
    const text = await script('bash');
    for (const name of commands) expect(text).toContain(name);
    const file = join(mkdtempSync(join(tmpdir(), 'culprit-completion-')), 'culprit.bash');
    writeFileSync(file, text);
    execFileSync('bash', ['-n', file]);
    expect(bashComplete(file, 'culprit val')).toEqual(['validate']);
    expect(bashComplete(file, 'culprit rules ')).toEqual(['test']);
    expect(bashComplete(file, 'culprit rules test --fo')).toEqual(['--format']);
    expect(bashComplete(file, 'culprit validate --format ')).toEqual(['text', 'json']);
    expect(bashComplete(file, 'culprit investigate --format h')).toEqual(['html']);
    expect(bashComplete(file, 'culprit completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(file, 'culprit investigate --kube')).toEqual(['--kubeconfig']);
  });

  it('zsh: a #compdef script naming every command and option choice', async () => {
    const text = await script('zsh');
    expect(text.startsWith('#compdef culprit\n')).toBe(true);
    for (const name of commands) expect(text).toContain(`'${name}:`);
    expect(text).toContain('"rules test|--format")');
    expect(text).toContain("'--kubeconfig:");
    expect(text).toContain('compdef _culprit culprit');
  });

  it('fish: one complete line per command and option', async () => {
    const text = await script('fish');
    for (const name of commands) {
      expect(text).toContain(`complete -c culprit -f -n '__fish_use_subcommand' -a ${name} `);
    }
    expect(text).toContain(
      "complete -c culprit -n '__fish_seen_subcommand_from rules; and __fish_seen_subcommand_from test' -l format -x -a 'text json'",
    );
    expect(text).toMatch(/-n '__fish_seen_subcommand_from investigate' -l kubeconfig -r -F/);
  });

  it('an unknown shell is a usage error', async () => {
    const r = await runCli('completion', 'tcsh');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});

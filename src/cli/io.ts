// The CLI's view of the outside world, injectable so commands run in-process under test.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress lines are shown only then, unless asked for). */
  stderrIsTTY?: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** The kubeconfig kubectl would read: the first existing file of $KUBECONFIG, else ~/.kube/config. */
export function defaultKubeconfig(io: CliIo): string | undefined {
  const fromEnv = io.env.KUBECONFIG?.split(':').find((p) => p && existsSync(resolve(io.cwd, p)));
  if (fromEnv) return resolve(io.cwd, fromEnv);
  const home = join(io.env.HOME ?? homedir(), '.kube', 'config');
  return existsSync(home) ? home : undefined;
}

/** LLM extraction is on when CULPRIT_LLM_MODEL is set (with OPENAI_API_KEY / OPENAI_BASE_URL). */
export function llmFromEnv(
  env: CliIo['env'],
): { llm: { model: string; apiKey?: string; baseURL?: string } } | Record<string, never> {
  const model = env.CULPRIT_LLM_MODEL;
  if (!model) return {};
  return {
    llm: {
      model,
      ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
      ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    },
  };
}

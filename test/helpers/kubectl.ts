// Runs Debian's kubectl against a kubeconfig, asynchronously (the fake API server it talks to lives in
// the test's own process), with a fresh HOME/cache and a 20 s bound.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface KubectlRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const hasKubectl = (): boolean =>
  spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 20_000 }).status === 0;

export function runKubectl(kubeconfigPath: string, home: string, args: string[]): Promise<KubectlRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', ['--kubeconfig', kubeconfigPath, ...args], {
      env: { ...process.env, HOME: home, KUBECACHEDIR: join(home, 'cache'), KUBECONFIG: kubeconfigPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kubectl ${args.join(' ')} timed out\n${stderr}`));
    }, 20_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

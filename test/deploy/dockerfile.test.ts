// The Dockerfile, checked without a docker engine: parsed into stages and instructions, then held to
// the rules — pinned base images, no ADD (so no remote URLs), non-root USER in the runtime stage,
// a HEALTHCHECK on /healthz, build stage = npm ci + build + npm pack, runtime = that tarball
// installed — and .dockerignore keeps every file `npm pack` ships in the build context.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}
interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** Dockerfile syntax: comments, `\` continuations, FROM starting a stage. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i]!;
    if (/^\s*(#|$)/.test(logical)) continue;
    while (logical.trimEnd().endsWith('\\') && i + 1 < lines.length) {
      logical = `${logical.trimEnd().slice(0, -1)} ${lines[++i]!.replace(/^\s*#.*$/, '')}`;
    }
    const m = /^\s*(\w+)\s+(.*)$/s.exec(logical);
    expect(m, `line ${start}`).not.toBeNull();
    const keyword = m![1]!.toUpperCase();
    const args = m![2]!.replace(/\s+/g, ' ').trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ image: from[1]!, ...(from[2] ? { name: from[2] } : {}), instructions: [] });
    } else {
      expect(stages.length, `${keyword} before FROM at line ${start}`).toBeGreaterThan(0);
      stages.at(-1)!.instructions.push({ keyword, args, line: start });
    }
  }
  return stages;
}

/** .dockerignore patterns (Go filepath.Match with `**`), matched against a context-relative path. */
function dockerignored(patterns: string[], path: string): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const re = new RegExp(
      `^${pattern
        .split('**')
        .map((part) =>
          part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'),
        )
        .join('.*')}(/.*)?$`,
    );
    if (re.test(path)) ignored = !negate;
  }
  return ignored;
}

const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1)!;
const stage = (name: string) => stages.find((s) => s.name === name)!;
const all = (s: Stage, keyword: string) => s.instructions.filter((i) => i.keyword === keyword);

describe('Dockerfile', () => {
  it('is multi-stage: build, install, runtime', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'install', 'runtime']);
  });

  it('pins every base image to an exact version tag (no latest, no floating major)', () => {
    for (const s of stages)
      expect(s.image, s.name).toMatch(/^[\w./-]+:\d+\.\d+\.\d+[\w.-]*(@sha256:[0-9a-f]{64})?$/);
  });

  it('fetches nothing by URL: no ADD at all, no curl or wget', () => {
    for (const s of stages) {
      expect(all(s, 'ADD'), s.name).toEqual([]);
      for (const run of all(s, 'RUN')) expect(run.args).not.toMatch(/\b(curl|wget)\b/);
    }
  });

  it('runs as a non-root user in the runtime stage', () => {
    const users = all(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args.split(':')[0]!;
    expect(['root', '0']).not.toContain(user);
    // Numeric, so Kubernetes' runAsNonRoot can verify it without /etc/passwd.
    expect(user).toMatch(/^\d+$/);
    // Nothing after the switch runs as root again.
    const lastUser = users.at(-1)!.line;
    expect(runtime.instructions.filter((i) => i.line > lastUser && i.keyword === 'RUN')).toEqual([]);
  });

  it('has a HEALTHCHECK on /healthz and documents /readyz', () => {
    const health = all(runtime, 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]!.args).toMatch(/\/healthz/);
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/\/readyz/);
  });

  it("is read-only-root friendly: the writable paths are volumes, the code is not the user's", () => {
    const volumes = all(runtime, 'VOLUME')
      .map((v) => v.args)
      .join(' ');
    expect(volumes).toContain('/var/lib/culprit');
    expect(volumes).toContain('/tmp');
    expect(all(runtime, 'CMD')[0]!.args).toContain('/var/lib/culprit');
    for (const copy of all(runtime, 'COPY')) expect(copy.args).not.toMatch(/--chown/);
  });

  it('ships what npm pack ships: build = npm ci + build + pack, install = the tarball, runtime = that install', () => {
    const build = all(stage('build'), 'RUN')
      .map((r) => r.args)
      .join(' && ');
    expect(build).toMatch(/npm ci\b/);
    expect(build).toMatch(/npm run build/);
    expect(build).toMatch(/npm pack\b/);
    const install = stage('install');
    expect(all(install, 'COPY').map((c) => c.args)).toEqual([
      '--from=build /pack/culprit.tgz /tmp/culprit.tgz',
    ]);
    expect(
      all(install, 'RUN')
        .map((r) => r.args)
        .join(' '),
    ).toMatch(/npm install --omit=dev .*\/tmp\/culprit\.tgz/);
    // The runtime stage takes nothing from the build context, only the installed package.
    expect(all(runtime, 'COPY').map((c) => c.args)).toEqual(['--from=install /app /app']);
    expect(all(runtime, 'ENTRYPOINT')[0]!.args).toContain('/app/node_modules/culprit/dist/src/cli/main.js');
  });

  it('.dockerignore keeps every file npm pack ships (and keeps out node_modules, dist, .git)', () => {
    const patterns = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const p of ['node_modules', '.git', 'dist']) expect(dockerignored(patterns, `${p}/x`), p).toBe(true);
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { files: { path: string }[] }[];
    // dist/ is made in the build stage from src/, plugins/ and the tsconfigs, which must be there.
    const sources = pack!.files.map((f) => f.path).filter((p) => !p.startsWith('dist/'));
    sources.push('src/index.ts', 'plugins/kubernetes/index.ts', 'tsconfig.build.json', 'package-lock.json');
    expect(sources.filter((p) => dockerignored(patterns, p))).toEqual([]);
    expect(sources.length).toBeGreaterThan(10);
  }, 60_000);
});

// A module-resolution hook (node --import): every URL the process resolves is appended to the file
// named by CULPRIT_RECORD_MODULES, so a test can tell which packages a command loaded.
import { register } from 'node:module';

const out = process.env.CULPRIT_RECORD_MODULES;
if (out) {
  const hook = `
    import { appendFileSync } from 'node:fs';
    let out;
    export function initialize(data) { out = data.out; }
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(out, result.url + '\\n');
      return result;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { out } });
}

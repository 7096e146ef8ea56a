// culprit-plugin-example: a collector that reads a status-page export (a JSON file of open
// incidents per component) and reports them as evidence. Imports only culprit/sdk, as every plugin must.
import { readFile } from 'node:fs/promises';
import { definePlugin, PluginError } from 'culprit/sdk';

export const plugin = definePlugin({
  manifest: {
    id: 'statuspage',
    name: 'culprit-plugin-example',
    version: '1.0.0',
    engine: '>=0.1.0',
    description: 'Open status-page incidents as evidence',
    provides: { collectors: ['statuspage'] },
  },
  configSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['file'],
    properties: {
      file: { type: 'string', description: 'Path of the status-page export (JSON)' },
      apiKey: { type: 'string', 'x-secret': true, description: 'Unused here; shows how secrets are marked' },
    },
  },
  setup(ctx, config) {
    ctx.registerCollector({
      id: 'statuspage',
      description: 'Open incidents from a status-page export',
      async collect(scope, { signal, logger }) {
        let text;
        try {
          text = await readFile(config.file, { encoding: 'utf8', signal });
        } catch (err) {
          if (signal.aborted) throw new PluginError('aborted', { status: 'unavailable' });
          throw new PluginError(`cannot read the status-page export: ${err.code ?? err.message}`, {
            status: 'unavailable',
          });
        }
        const doc = JSON.parse(text);
        const observedAt = new Date().toISOString();
        const evidence = [];
        for (const node of scope.nodes) {
          const open = (doc.incidents ?? []).filter(
            (i) => i.component === node.id && i.status !== 'resolved',
          );
          evidence.push({
            node: node.id,
            source: 'statuspage',
            kind: 'statuspage.incidents',
            attributes: { open: open.length, titles: open.map((i) => String(i.title)).slice(0, 10) },
            observedAt,
          });
        }
        logger.debug('status page read', { components: scope.nodes.length });
        return { evidence };
      },
    });
  },
});

export default plugin;

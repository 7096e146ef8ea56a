// Names and times as on-call engineers write them (issue 13): stems, plurals, several words, teams,
// "X is fine" as a negation, no fuzzy match of common words, windows read against the incident time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNameIndex,
  compactName,
  createDefaultExtractor,
  editDistance,
  parseTimeWindow,
} from '../../src/extract/index.js';
import { allowedDistance } from '../../src/extract/name-index.js';
import { STOP_WORDS } from '../../src/extract/symptom-lexicon.js';
import { createKnowledgeGraph } from '../../src/topology/index.js';

const graph = createKnowledgeGraph({
  apiVersion: 'culprit/v1',
  kind: 'Topology',
  teams: [{ id: 'ledger', name: 'Ledger' }, { id: 'growth' }],
  components: [
    { id: 'frontend', kind: 'frontend', team: 'growth' },
    { id: 'ledgerwriter', kind: 'service', team: 'ledger', dependsOn: ['ledger-db'] },
    { id: 'ledger-db', kind: 'database', team: 'ledger' },
    { id: 'baskets', kind: 'service', team: 'growth' },
    { id: 'order-history-service', kind: 'service', team: 'growth' },
    { id: 'userservice', kind: 'service', team: 'growth' },
    { id: 'contacts', kind: 'service', team: 'growth' },
    { id: 'kafka', kind: 'queue', aliases: ['broker'], team: 'growth' },
    { id: 'ratings', kind: 'service', aliases: ['stars'], team: 'growth' },
    { id: 'recommendation', kind: 'service', team: 'growth' },
  ],
} as never);
const INCIDENT = new Date('2026-03-14T14:31:00Z');
const extractor = createDefaultExtractor();
const nodes = async (description: string) =>
  (await extractor.extract({ description, now: INCIDENT }, graph)).entities.map((e) => e.node).sort();

describe('component names as people write them', () => {
  it.each([
    ['the ledger is rejecting writes', ['ledgerwriter']],
    ['ledger db is out of connections', ['ledger-db']],
    ['basket page empty', ['baskets']],
    ['order history is empty for everyone', ['order-history-service']],
    ['order history service returns 500', ['order-history-service']],
    ['the user svc release is stuck', ['userservice']],
    ['contact service seems gone', ['contacts']],
    ['recomendation widget empty', ['recommendation']],
    ['frontned pods restarting', ['frontend']],
  ])('%s → %j', async (text, expected) => expect(await nodes(text)).toEqual(expected));

  it('names a team only when the word "team" is near and nothing else is named', async () => {
    expect(await nodes('Ledger team says transfers are failing')).toEqual(['ledger-db', 'ledgerwriter']);
    expect(await nodes('ledgerwriter 500s, ledger team is on it')).toEqual(['ledgerwriter']);
  });

  it.each([
    'frontend is fine, baskets is failing',
    'frontend still works but baskets is failing',
    'frontend looks ok; baskets errors',
    'frontend pods look perfectly fine, baskets errors',
    'nothing wrong with frontend, baskets errors',
  ])('"%s" rules frontend out', async (text) => expect(await nodes(text)).toEqual(['baskets']));

  it('keeps a name mentioned again as a problem', async () => {
    expect(await nodes('frontend is fine on mobile but frontend 500s on desktop')).toEqual(['frontend']);
  });

  it.each(['broken', 'starts', 'restarts', 'brokers are slow', 'cards', 'stats'])(
    'never fuzzy-matches the common word in "%s"',
    async (text) => {
      const r = await extractor.extract({ description: text, now: INCIDENT }, graph);
      expect(r.entities.filter((e) => e.via === 'fuzzy')).toEqual([]);
    },
  );
});

describe('time expressions read against the incident time', () => {
  const from = (text: string) => parseTimeWindow(text, INCIDENT)?.from;
  it.each([
    ['errors since ~14:05', '2026-03-14T14:05:00.000Z'],
    ['errors since about 14:05', '2026-03-14T14:05:00.000Z'],
    ['down since 2pm', '2026-03-14T14:00:00.000Z'],
    ['broken after the 14:05 deploy', '2026-03-14T14:05:00.000Z'],
    ['failing since 15:10', '2026-03-13T15:10:00.000Z'],
    ['slow for the past 20 minutes', '2026-03-14T14:11:00.000Z'],
    ['slow for ~10 min', '2026-03-14T14:21:00.000Z'],
    ['started half an hour ago', '2026-03-14T14:01:00.000Z'],
    ['started an hour ago', '2026-03-14T13:31:00.000Z'],
    ['missing since this morning', '2026-03-14T06:00:00.000Z'],
    ['orders from this morning are missing', '2026-03-14T06:00:00.000Z'],
    ['broken since the change after lunch', '2026-03-14T12:00:00.000Z'],
    ['cart page errors since the morning', '2026-03-14T06:00:00.000Z'],
    ['slow after the lunch rush', '2026-03-14T12:00:00.000Z'],
    ['broken since yesterday', '2026-03-13T14:31:00.000Z'],
    ["broken since yesterday's deploy", '2026-03-13T14:31:00.000Z'],
    ['empty baskets since yesterdays carts deploy', '2026-03-13T14:31:00.000Z'],
  ])('%s → %s', (text, expected) => {
    expect(from(text)).toBe(expected);
    expect(parseTimeWindow(text, INCIDENT)?.to).toBe(INCIDENT.toISOString());
  });

  it('the incident window opens 15 minutes before the onset said in words (the change comes first)', async () => {
    const r = await extractor.extract({ description: 'checkout errors since 14:05', now: INCIDENT }, graph);
    expect(r.window).toEqual({ from: '2026-03-14T13:50:00.000Z', to: INCIDENT.toISOString() });
    const none = await extractor.extract({ description: 'checkout errors', now: INCIDENT }, graph);
    expect(none.window).toBeUndefined();
  });

  it('a part of the day never narrows the window below the default hour', () => {
    expect(parseTimeWindow('down this morning', new Date('2026-03-14T06:20:00Z'))?.from).toBe(
      '2026-03-14T05:20:00.000Z',
    );
  });
});

describe('properties', () => {
  const ids = [...graph.components()].map((c) => c.id);
  const vocabulary = [
    ...ids,
    'broker',
    'stars',
    'ledger',
    'order',
    'history',
    'svc',
    'service',
    'is',
    'fine',
    'still',
    'works',
    'looks',
    'ok',
    'errors',
    'since',
    '14:05',
    'broken',
    'starts',
    'db',
    'pods',
    ',',
    '.',
  ];
  const sentence = fc.array(fc.constantFrom(...vocabulary), { maxLength: 14 }).map((w) => w.join(' '));

  it('never names a component absent from the topology', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(sentence, fc.string({ maxLength: 80 })), async (text) => {
        const r = await extractor.extract({ description: text, now: INCIDENT }, graph);
        for (const e of r.entities) expect(graph.has(e.node)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never extracts a name said to be fine', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.constantFrom('is fine', 'still works', 'looks ok', 'seems healthy', 'is not the problem'),
        fc.constantFrom(...ids),
        async (fine, phrase, other) => {
          fc.pre(fine !== other);
          const r = await extractor.extract(
            { description: `${fine} ${phrase}, ${other} is down`, now: INCIDENT },
            graph,
          );
          expect(r.entities.map((e) => e.node)).not.toContain(fine);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never fuzzy-matches a stop word', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STOP_WORDS), async (word) => {
        const r = await extractor.extract({ description: word, now: INCIDENT }, graph);
        expect(r.entities.filter((e) => e.via === 'fuzzy')).toEqual([]);
      }),
    );
  });

  it('the fuzzy index finds what a full scan finds within one edit', () => {
    const index = buildNameIndex(graph);
    const names = [...graph.components()].flatMap((c) => [c.id, ...c.aliases]).map(compactName);
    const typo = fc
      .tuple(fc.constantFrom(...names), fc.nat(20), fc.constantFrom('x', 'e', 'a', ''), fc.boolean())
      .map(([name, at, ch, swap]) => {
        const i = at % name.length;
        if (swap && i + 1 < name.length) return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
        return name.slice(0, i) + ch + name.slice(i + 1);
      });
    fc.assert(
      fc.property(typo, (token) => {
        const scan = names.filter((n) => {
          const d = editDistance(token, n, 2);
          return d === 1 && d <= allowedDistance(token, n);
        });
        const hit = index.fuzzy(token);
        if (scan.length > 0 && !names.includes(token)) expect(hit).toBeDefined();
        const near = names.filter((n) => editDistance(token, n, 2) <= allowedDistance(token, n));
        if (hit) expect(near.some((n) => index.compact(n)?.node === hit.node)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('every window ends at the incident time and starts before it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.constantFrom(
          'since ~10:15',
          'since 14:05',
          'for the past 20 minutes',
          'this morning',
          'after the 23:59 deploy',
          'an hour ago',
          'since 2pm',
        ),
        (now, text) => {
          const w = parseTimeWindow(`checkout errors ${text}`, now)!;
          expect(w.to).toBe(now.toISOString());
          expect(Date.parse(w.from)).toBeLessThan(now.getTime());
        },
      ),
    );
  });
});

describe('HTTP status phrases are no component names', () => {
  const withGateway = createKnowledgeGraph({
    apiVersion: 'culprit/v1',
    kind: 'Topology',
    components: [
      { id: 'web', kind: 'frontend', dependsOn: ['payment'] },
      { id: 'payment', kind: 'service', dependsOn: ['payment-gateway'] },
      { id: 'payment-gateway', kind: 'external', aliases: ['gateway', 'paypal'] },
      { id: 'catalogue-service', kind: 'service', aliases: ['service'] },
    ],
  } as never);
  const found = async (description: string) =>
    (await extractor.extract({ description, now: INCIDENT }, withGateway)).entities.map((e) => e.node).sort();
  it.each([
    ['customers getting 504 gateway timeout when they click pay', []],
    ['502 Bad Gateway on checkout', []],
    ['503 Service Unavailable everywhere', []],
    ['the gateway is refusing payments, 502 bad gateway on web', ['payment', 'payment-gateway', 'web']],
  ])('%s', async (description, expected) => expect(await found(description)).toEqual(expected));
  it('spans stay those of the original text', async () => {
    const { entities } = await extractor.extract(
      { description: '504 gateway timeout from web', now: INCIDENT },
      withGateway,
    );
    expect(entities.map((e) => [e.node, e.span])).toEqual([['web', [25, 28]]]);
  });
});

// Builds blind dev batch s99a (five scenarios in scripts/s99a-blind-dev/) with the scenario kit, then post-processes what the
// kit cannot express: StatefulSet pods' generateName and ownerReferences for bank-of-anthos' accounts-db / robot-shop's redis.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildBatch } from './s2-scenario-kit.mjs';
await buildBatch('s99a-blind-dev', { split: 'dev' });

const fix = (sys, folder, stsNames) => {
  const f = new URL(`../test/scenarios/${sys}/${folder}/cluster/pods.json`, import.meta.url);
  if (!existsSync(f)) return;
  const pods = JSON.parse(readFileSync(f, 'utf8'));
  for (const p of pods.items) {
    const sts = stsNames.find((s) => new RegExp(`^${s}-\\d+$`).test(p.metadata.name));
    if (!sts) continue;
    p.metadata.generateName = `${sts}-`;
  }
  writeFileSync(f, JSON.stringify(pods, null, 2) + '\n');
};
fix('bank-of-anthos', 's99a-accounts-db-statement-timeout-ms', ['accounts-db', 'ledger-db']);
fix('robot-shop', 's99a-rabbitmq-disk-free-limit-blocks', ['redis']);

import { correlate } from '../src/correlate/index.js';
import { createRuleEvaluator } from '../src/rules/index.js';
import { createBenchWorld, loadBenchPack } from './rules-fixture.js';
const world = createBenchWorld(Number(process.env.N ?? 1000));
const pack = await loadBenchPack();
const evaluator = createRuleEvaluator([pack]);
const out = await evaluator.evaluate(world);
for (let i=0;i<40;i++){const s=performance.now(); correlate({ graph: world.graph, ...out, named: ['c0'], scope: world.ids }); if(i%10==0)console.log((performance.now()-s).toFixed(1));}

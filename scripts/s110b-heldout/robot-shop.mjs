// Blind held-out batch s110b: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2); specs go through withDefaults.
import { clock } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const I = '2026-03-20T11:05:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const j = T.java(min); return `${j.slice(8, 10)}/${MON[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000`; };
const acc = (min, path, status, bytes) => `10.1.2.31 - - [${clf(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"`;

export const scenarios = [
  withDefaults({
    folder: 's110b-zero-stars-new-robots',
    incidentTime: I,
    description: 'product mgmt says the new robots we added this morning all show 0 stars / "no ratings yet" - is ratings broken?',
    difficulty: 'medium',
    traits: ['no-fault'],
    grounding: `No fault. Robot Shop's ratings service (PHP, MySQL table ratings) answers {"avg_rating":0,"rating_count":0} for a SKU that
      nobody has rated yet, and the web UI prints that as no stars; products added this morning have no rows yet. Every pod is Running
      and Ready, the web nginx access log shows 200s for /api/ratings/api/fetch/<sku> and /api/catalogue/products, ratings logs its
      lookups. Benign noise: the dispatch consumer's routine order processing and an old rabbitmq management warning. Deviations from
      upstream: none.`,
    logs: {
      'web#0/web': [
        acc(-9, '/api/catalogue/products', 200, 2314),
        acc(-8.8, '/api/ratings/api/fetch/EMM', 200, 34),
        acc(-4, '/api/catalogue/product/RB-HX7', 200, 251),
        acc(-3.9, '/api/ratings/api/fetch/RB-HX7', 200, 34),
        acc(-1, '/api/catalogue/product/RB-HX9', 200, 249),
        acc(-0.9, '/api/ratings/api/fetch/RB-HX9', 200, 34),
      ].join('\n'),
      'ratings#0/ratings': [
        `[${T.java(-8.8).replace(' ', 'T').slice(0, 19)}+00:00] app.INFO: found 12 ratings for EMM avg 3.8 [] []`,
        `[${T.java(-3.9).replace(' ', 'T').slice(0, 19)}+00:00] app.INFO: no ratings for RB-HX7 [] []`,
        `[${T.java(-0.9).replace(' ', 'T').slice(0, 19)}+00:00] app.INFO: no ratings for RB-HX9 [] []`,
      ].join('\n'),
      'catalogue#0/catalogue': [
        pino(T, -4, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/product/RB-HX7"},"res":{"statusCode":200},"responseTime":3,'),
      ].join('\n'),
      'dispatch#0/dispatch': [
        `${T.go(-6)} processing order {"orderid":"7f7f3a1c-1d2e-4b5a-9c8d-0e1f2a3b4c5d","user":"anonymous-41","cart":{"total":1249.49}}`,
        `${T.go(-6)} order 7f7f3a1c-1d2e-4b5a-9c8d-0e1f2a3b4c5d dispatched`,
      ].join('\n'),
      'rabbitmq#0/rabbitmq': [
        `${T.java(-60 * 24 * 2).replace(/\.\d+$/, '')}.412 [warning] <0.612.0> Management plugin: using deprecated format for metrics, collection interval 5000ms`,
        `${T.java(-20).replace(/\.\d+$/, '')}.118 [info] <0.1980.0> accepting AMQP connection <0.1980.0> (%IPOF:dispatch#0%:43122 -> %PODIP%:5672)`,
      ].join('\n'),
    },
  }),
];

// Blind held-out batch s96a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s96a-build.mjs; the system is the system part of scripts/s2-scenarios/sock-shop.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const incidentTime = '2026-05-21T10:54:00Z';
const T = clock(incidentTime);
const list = (min, tags, result, took) => `ts=${T.isoMs(min)} caller=logging.go:36 method=List tags=${tags} order=id pageNum=1 pageSize=6 result=${result} err=null took=${took}`;
const count = (min, tags, result, took) => `ts=${T.isoMs(min)} caller=logging.go:46 method=Count tags=${tags} result=${result} err=null took=${took}`;
const fe = (min, path, code, ms) => `${new Date(Date.parse(T.isoMs(min))).toUTCString()} GET ${path} ${code} ${ms} ms`;

export const scenarios = [
  {
    folder: 's96a-catalogue-tag-no-results',
    incidentTime,
    description: 'support ticket: customer says filtering socks by "wool" shows nothing since this morning, is catalogue broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): catalogue
      (Go, go-kit logging middleware printing method=List tags=... result=... err=null) reads socksdb from catalogue-db;
      the front-end's tag filter calls /catalogue?tags=... and /catalogue/size?tags=.... The catalogue-db image's data
      (weaveworksdemos/catalogue-db:0.3.0 dump) has the tags brown, geek, formal, blue, skin, red, action, sport, black,
      magic and green: there is no "wool" tag, so an empty result is the correct answer. Every pod is Ready, catalogue
      answers other tags with results and no errors, and nothing changed in the cluster. No fault: the complaint is about
      data the shop never had. Deviations from upstream: none beyond the traffic.`,
    workloads: {},
    events: [],
    logs: {
      'catalogue#0/catalogue': [
        list(-48, '', 6, '2.91ms'),
        count(-48, '', 9, '1.02ms'),
        list(-31, 'blue', 3, '2.37ms'),
        count(-31, 'blue', 3, '0.98ms'),
        list(-22, 'wool', 0, '1.84ms'),
        count(-22, 'wool', 0, '0.87ms'),
        list(-9, 'magic', 2, '2.12ms'),
        count(-9, 'magic', 2, '0.91ms'),
        list(-3, 'wool', 0, '1.77ms'),
        count(-3, 'wool', 0, '0.82ms'),
      ],
      'front-end#0/front-end': [
        fe(-31, '/catalogue?tags=blue&page=1&size=6', 200, 14),
        fe(-31, '/catalogue/size?tags=blue', 200, 6),
        fe(-22, '/catalogue?tags=wool&page=1&size=6', 200, 11),
        fe(-22, '/catalogue/size?tags=wool', 200, 5),
        fe(-9, '/catalogue?tags=magic&page=1&size=6', 200, 12),
        fe(-3, '/catalogue?tags=wool&page=1&size=6', 200, 10),
        fe(-1, '/cart', 200, 21),
      ],
    },
  },
];

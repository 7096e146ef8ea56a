// Symptom words an on-call engineer uses, by symptom type, and the negations that cancel them
// ("not a memory issue"). Word lists only: matching is linear and never runs user-supplied patterns.
/**
 * `generic` words ("failing", "broken") count as errors only when nothing more specific (DNS, TLS,
 * down, slow …) is said in the same clause: "DNS resolution failing" is a DNS problem.
 */
export const SYMPTOM_PATTERNS: readonly { type: string; pattern: RegExp; generic?: boolean }[] = [
  {
    type: 'errors',
    pattern: /\b(errors?|erroring|5\d\d|5xx|500s|50[0-4]s?|exceptions?|throwing|internal server error)\b/g,
  },
  { type: 'errors', pattern: /\b(failing|fails|failed|failures?|broken)\b/g, generic: true },
  {
    type: 'latency',
    pattern:
      /\b(latency|slow(ness|ly)?|sluggish|lag(gy|ging)?|timeouts?|timing out|timed out|times? out|time-?outs?|p99|p95|hangs?|hanging)\b/g,
  },
  {
    type: 'crash',
    pattern:
      /\b(crash(es|ed|ing)?|crash-?loop(ing)?|crashloopbackoff|restart(s|ing|ed)?|keeps? restarting|panics?|panicking|segfault|exit code)\b/g,
  },
  { type: 'memory', pattern: /\b(oom|oomkilled|oom-?killed|out of memory|memory|heap|leak(ing|s)?)\b/g },
  {
    type: 'down',
    pattern:
      /\b(down|unreachable|unavailable|outage|offline|not responding|unresponsive|connection refused|refused|can'?t connect|cannot connect|can'?t start|won'?t start|fails to start|no endpoints|dead)\b/g,
  },
  {
    type: 'deploy',
    pattern:
      /\b(deploy(s|ed|ment)?|rollout|rolled out|roll-?out|release[ds]?|new version|upgrade[ds]?|rollback)\b/g,
  },
  { type: 'disk', pattern: /\b(disk|volume|pvc|storage|filesystem|no space|disk full|inodes?)\b/g },
  { type: 'dns', pattern: /\b(dns|name resolution|nxdomain|resolv(e|ing) (host|name)s?|no such host)\b/g },
  { type: 'certificate', pattern: /\b(certs?|certificates?|tls|ssl|x509|handshake)\b/g },
  {
    type: 'image',
    pattern:
      /\b(imagepullbackoff|errimagepull|image pull|pull (the )?image|image not found|manifest unknown)\b/g,
  },
  {
    type: 'config',
    pattern: /\b(config(uration)?|configmap|env var(iable)?s?|secret missing|missing (secret|configmap))\b/g,
  },
];

/** Phrases that look like negations but state a shortage ("not enough memory", "no space left"). */
export const NOT_A_NEGATION = /\b(not enough|no more|no space|not responding)\b/;

/** Phrases after a symptom word that deny it ("heap looks fine"). */
export const DENIED_AFTER = /^\W*(\w+\W+){0,2}(looks?|is|are|seems?)\s+(fine|ok|okay|normal|healthy)\b/;

/** Words that negate a symptom mentioned within the next few words. */
export const NEGATIONS =
  /\b(not|no|isn'?t|aren'?t|wasn'?t|weren'?t|without|never|ruled out|rule out|nothing|none)\b/;

/** Common words that must never fuzzy-match a component name. */
export const STOP_WORDS = new Set(
  `the a an and or but if then else when while since for from into onto over under with without about after before
  again all any are as at be been being both can cannot could did do does doing down during each few further had has
  have having he her here hers him his how i in is it its just me more most my no nor not now of off on once only other
  our out own same she should so some such than that their them there these they this those through to too until up
  very was we were what where which who whom why will would you your yours prod production staging dev today yesterday
  since minutes minute hours hour seconds deploy deployed rollout release errors error latency slow down help please
  users user customers customer pages page alert alerts alerting failing failed failure issue issues problem problems
  incident outage still again seeing seems looks like started starting around getting keeps keep pods pod service services
  cluster namespace node nodes team check checking thanks anyone someone everything something memory restart restarts
  crash crashing timeout timeouts requests request traffic spike high low`.split(/\s+/),
);

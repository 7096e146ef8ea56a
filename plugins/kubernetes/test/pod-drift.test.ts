// podDrift: pods that run something other than their ReplicaSet's template (an image replaced in place, env
// injected at admission); injected mesh sidecars are not compared.
import { describe, expect, it } from 'vitest';
import { podDrift } from '../pod-drift.js';

const rs = (name: string, containers: Record<string, unknown>[]) => ({
  metadata: { name },
  spec: { template: { spec: { containers } } },
});
const pod = (owner: string, containers: Record<string, unknown>[]) => ({
  metadata: { name: `${owner}-x`, ownerReferences: [{ kind: 'ReplicaSet', name: owner }] },
  spec: { containers },
});
const quote = {
  name: 'quote',
  image: 'ghcr.io/open-telemetry/demo:2.1.3-quote',
  env: [{ name: 'QUOTE_PORT' }],
};

describe('podDrift', () => {
  it('reports an image replaced on the running pod', () => {
    const drift = podDrift(
      [pod('quote-1', [{ ...quote, image: 'gcr.io/google-containers/pause:latest' }])],
      [rs('quote-1', [quote])],
    );
    expect(drift).toEqual({
      pods: 1,
      imageDrift: 1,
      images: ['quote: ghcr.io/open-telemetry/demo:2.1.3-quote -> gcr.io/google-containers/pause:latest'],
      envAdded: [],
    });
  });
  it('reports env names the pod has and its template lacks', () => {
    const env = [{ name: 'QUOTE_PORT' }, { name: 'NO_PROXY' }, { name: 'HTTP_PROXY' }];
    expect(podDrift([pod('quote-1', [{ ...quote, env }])], [rs('quote-1', [quote])])).toMatchObject({
      pods: 1,
      imageDrift: 0,
      envAdded: ['HTTP_PROXY', 'NO_PROXY'],
    });
  });
  it('a pod as its template says, an injected sidecar, or a pod with no known owner is no drift', () => {
    const template = rs('quote-1', [quote, { name: 'istio-proxy', image: 'istio/proxyv2:1.23.2', env: [] }]);
    const sidecar = {
      name: 'istio-proxy',
      image: 'istio/proxyv2:1.23.2',
      env: [{ name: 'ISTIO_KUBE_APP_PROBERS' }],
    };
    expect(podDrift([pod('quote-1', [quote, sidecar])], [template])).toBeUndefined();
    expect(podDrift([pod('quote-2', [{ ...quote, image: 'other' }])], [template])).toBeUndefined();
  });
});

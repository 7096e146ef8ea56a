// What a person diagnosing each injected shop fault would name as the root cause: the top hypothesis
// the end-to-end and demo tests expect (component and cause), kept apart from the fault builder.
import type { ShopFault } from '../../src/testing/index.js';

export const EXPECTED_ROOT_CAUSE: Record<ShopFault, { node: string; cause: string }> = {
  'oom-killed': { node: 'redis-cart', cause: 'oom-killed' },
  'crash-loop': { node: 'payment', cause: 'crash-loop' },
  'image-pull': { node: 'product-catalog', cause: 'image-pull' },
  'config-missing': { node: 'email', cause: 'config-missing' },
  'bad-deploy-rollout': { node: 'checkout', cause: 'bad-deploy-rollout' },
  'no-endpoints': { node: 'shipping', cause: 'no-endpoints' },
  'node-not-ready': { node: 'k8s-node-node-b', cause: 'node-not-ready' },
  unschedulable: { node: 'recommendation', cause: 'unschedulable' },
  'storage-unavailable': { node: 'orders-db', cause: 'storage-unavailable' },
  'quota-exceeded': { node: 'ad', cause: 'quota-exceeded' },
  'probe-failure': { node: 'currency', cause: 'probe-failure' },
  'node-pressure': { node: 'k8s-node-node-c', cause: 'node-pressure' },
  'resource-exhaustion': { node: 'frontend', cause: 'resource-exhaustion' },
};

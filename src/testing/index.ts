// culprit/testing — what pack and plugin authors use in their own tests: the rule-pack tester and
// the plugin contract suites (vitest).
export {
  assertNoSecrets,
  captureLogger,
  describeCollectorContract,
  type CollectorContractFixtures,
} from './collector-contract.js';
export {
  startFakeOpenAI,
  type FakeOpenAI,
  type FakeOpenAIReply,
  type FakeOpenAIRequest,
} from './fake-openai.js';
export {
  startFakeKubernetes,
  type FakeKubernetes,
  type FakeKubernetesOptions,
  type KubeFault,
} from './fake-kubernetes.js';
export {
  readClusterSnapshot,
  SNAPSHOT_KINDS,
  type ClusterSnapshot,
  type KubeObject,
  type ReadClusterSnapshotOptions,
  type SnapshotKind,
} from './cluster-snapshot.js';
export { describeNotifierContract, type NotifierContractFixtures } from './notifier-contract.js';
export {
  buildShopCluster,
  SHOP_FAULTS,
  SHOP_WORKLOADS,
  type ShopCluster,
  type ShopFault,
  type ShopFaultInfo,
  type ShopWorkload,
} from './shop-cluster.js';
export { loadTestGraph, runCollector, type CollectorRun, type RunCollectorOptions } from './run-collector.js';
export { RulePackTester, type RulePackTesterOptions } from './rule-pack-tester.js';
export {
  startFakeDatadog,
  type DatadogFault,
  type FakeDatadog,
  type FakeDatadogData,
  type FakeDatadogEvent,
  type FakeDatadogMonitor,
  type FakeDatadogOptions,
  type FakeDatadogRequest,
  type FakeDatadogSeries,
  type FakeMonitorState,
} from './fake-datadog.js';
export { readDatadogSnapshot } from './datadog-snapshot.js';
export { validateBlockKit, type BlockKitOptions } from './block-kit.js';
export {
  startFakeSlack,
  type FakeSlack,
  type FakeSlackChannel,
  type FakeSlackChannelSeed,
  type FakeSlackEphemeral,
  type FakeSlackFault,
  type FakeSlackMessage,
  type FakeSlackOptions,
  type FakeSlackRequest,
  type FakeSlackState,
  type FakeSlackUser,
  type FakeSlackUserSeed,
} from './fake-slack.js';

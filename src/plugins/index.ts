// Barrel of the plugin host: loading plugins, dispatching collectors, delivering notifications.
export type { CollectorRun } from './collector-run.js';
export {
  approxSize,
  DEFAULT_LIMITS,
  dispatchCollectors,
  type DispatchEventType,
  type DispatchInput,
  type DispatchLimits,
  type DispatchResult,
} from './dispatch-collectors.js';
export {
  createMemoryNotificationLog,
  notificationStep,
  notifierState,
  type NotificationLog,
} from './notification-log.js';
export { notifyAll, type NotifyResult } from './notify-all.js';
export {
  createPluginHost,
  type PluginHost,
  type PluginHostOptions,
  type PluginSpec,
  type RegisteredCollector,
  type RegisteredNotifier,
} from './plugin-host.js';
export { resolvePluginModule } from './resolve-module.js';
export { redactingLogger, scrubText, scrubValue, secretValues } from './secrets.js';

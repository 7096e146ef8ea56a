// The authored topology format (schemas/topology.schema.json) as TypeScript types.
// Documents are validated before they are typed as these; see docs/topology.md.
import type { ComponentKind, KubernetesMapping } from '../sdk/index.js';

export interface DependencyRef {
  id: string;
  type?: 'depends-on' | 'runs-on';
  critical?: boolean;
  protocol?: string;
  note?: string;
}

export interface ComponentDefinition {
  id: string;
  kind: ComponentKind;
  name?: string;
  team?: string;
  description?: string;
  aliases?: string[];
  addresses?: string[];
  kubernetes?: KubernetesMapping;
  tags?: string[];
  metrics?: Record<string, string>;
  labels?: Record<string, string>;
  dependsOn?: (string | DependencyRef)[];
  runsOn?: string[];
}

export interface TeamDefinition {
  id: string;
  name?: string;
  slack?: { channel?: string; users?: string[] };
  members?: { name?: string; email?: string; slack?: string }[];
}

export interface TopologyDocument {
  apiVersion: 'culprit/v1';
  kind: 'Topology';
  metadata?: { name?: string; description?: string };
  teams?: TeamDefinition[];
  components: ComponentDefinition[];
}

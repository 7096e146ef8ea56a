// What the Slack plugin posts, as text and Block Kit: the war room's top message (while
// investigating, then the final report), progress replies and the announcement. Untrusted text is
// escaped for mrkdwn and everything is cut to Slack's limits, so a long description or evidence
// message can never make Slack refuse a post. Presentation only: no Slack calls here.
import type { EventPayloads, Hypothesis, Report, Severity } from 'culprit/sdk';

export interface MessageContent {
  text: string;
  blocks?: Record<string, unknown>[];
}

/** What the notifier knows about the incident (from investigation.started, or guessed later). */
export interface IncidentSummary {
  id: string;
  description: string;
  severity: Severity;
  createdAt: string;
  /** Components the incident names. */
  named: string[];
  /** Where in Slack the incident was asked for (slash command or mention), to answer there. */
  origin?: { channel: string; thread?: string; user?: string };
}

const LIMITS = { header: 150, section: 3000, field: 2000, context: 3000, button: 75, blocks: 50 };
const MAX_ALTERNATIVES = 3;
const MAX_EVIDENCE = 5;
const MAX_LINES = 5;
const SEVERITY_EMOJI: Record<Severity, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};

/** Slack's three control characters; everything else in mrkdwn is left as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `max` characters with an ellipsis, never in the middle of an escape (`&amp;`). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/&[a-z]{0,4}$/, '')}…`;
}

/** One line, escaped: for untrusted single-line values inside mrkdwn. */
const inline = (text: string, max = 300) => truncate(escapeMrkdwn(text.replace(/\s+/g, ' ').trim()), max);
const code = (id: string) => `\`${escapeMrkdwn(id)}\``;
const plain = (text: string, max: number) => ({ type: 'plain_text', text: truncate(text, max), emoji: true });
const mrkdwn = (text: string, max: number) => ({ type: 'mrkdwn', text: truncate(text, max) });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text, LIMITS.section) });
const context = (text: string) => ({ type: 'context', elements: [mrkdwn(text, LIMITS.context)] });
const confidence = (h: Hypothesis) => `${h.confidence.toFixed(2)} · ${h.band}`;

function linkButton(url: string | undefined, label: string, actionId: string) {
  if (!url) return [];
  return [
    {
      type: 'actions',
      elements: [{ type: 'button', text: plain(label, LIMITS.button), url, action_id: actionId }],
    },
  ];
}

export function reportLink(template: string | undefined, incidentId: string): string | undefined {
  return template?.split('{id}').join(encodeURIComponent(incidentId));
}

export function startedMessage(incident: IncidentSummary, reportUrl?: string): MessageContent {
  const components = incident.named.length > 0 ? incident.named.map(code).join(', ') : '_none named yet_';
  return {
    text: truncate(
      `Investigating: ${escapeMrkdwn(incident.description)} (severity ${incident.severity})`,
      3000,
    ),
    blocks: [
      section(`:rotating_light: *Investigating:* ${inline(incident.description, 2500)}`),
      context(
        `${SEVERITY_EMOJI[incident.severity]} *Severity:* ${incident.severity}  ·  *Incident:* ${code(incident.id)}  ·  *Components:* ${components}${incident.origin?.user ? `  ·  *Asked by:* <@${incident.origin.user}>` : ''}`,
      ),
      ...linkButton(reportLink(reportUrl, incident.id), 'Follow in Culprit', 'culprit_open_incident'),
    ],
  };
}

export function reportTitle(report: Report): string {
  const top = report.hypotheses[0];
  if (!top) return 'Inconclusive: no root cause found';
  return `${report.conclusive ? 'Root cause' : 'Leading hypothesis'}: ${top.node} — ${top.cause}`;
}

/** The final summary the top message is updated to. */
export function reportMessage(report: Report, incident: IncidentSummary, reportUrl?: string): MessageContent {
  const [top, ...rest] = report.hypotheses;
  const title = reportTitle(report);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: plain(title, LIMITS.header) },
    section(`*Incident:* ${inline(incident.description, 2500)}`),
    {
      type: 'section',
      fields: [
        mrkdwn(`*Severity*\n${SEVERITY_EMOJI[incident.severity]} ${incident.severity}`, LIMITS.field),
        mrkdwn(`*Confidence*\n${top ? confidence(top) : 'n/a'}`, LIMITS.field),
        mrkdwn(`*Suspected component*\n${top ? code(top.node) : 'unknown'}`, LIMITS.field),
        mrkdwn(`*Status*\n${report.conclusive ? 'Conclusive' : 'Inconclusive'}`, LIMITS.field),
      ],
    },
  ];
  if (!report.conclusive) {
    blocks.push(
      section(
        `:grey_question: *Inconclusive:* ${inline(report.inconclusiveReason ?? 'no hypothesis is strong or clearly ahead', 2000)}`,
      ),
    );
  }
  if (top) {
    const evidence = top.findings
      .slice(0, MAX_EVIDENCE)
      .map((f) => `• ${inline(f.message)} _(${escapeMrkdwn(`${f.pack}/${f.ruleId}`)})_`);
    const explains = top.explains.length
      ? [`• explains ${top.explains.length} symptom(s), e.g. ${inline(top.explains[0]!.message, 200)}`]
      : [];
    if (evidence.length + explains.length > 0)
      blocks.push(section(`*Key evidence*\n${[...evidence, ...explains].join('\n')}`));
    if (top.path.length > 1) blocks.push(section(`*Graph path*\n${top.path.map(code).join(' → ')}`));
    if (top.remediation.length > 0)
      blocks.push(
        section(
          `*Remediation*\n${top.remediation
            .slice(0, MAX_LINES)
            .map((r) => `• ${inline(r, 500)}`)
            .join('\n')}`,
        ),
      );
  }
  const alternatives = rest.slice(0, MAX_ALTERNATIVES);
  if (alternatives.length > 0) {
    blocks.push(
      section(
        `*Alternatives*\n${alternatives.map((h) => `${h.rank}. ${code(h.node)} — ${inline(h.cause, 100)} (${confidence(h)})`).join('\n')}`,
      ),
    );
  }
  if (report.missingEvidence.length > 0) {
    const lines = report.missingEvidence
      .slice(0, MAX_LINES)
      .map(
        (m) => `• ${inline(m.source, 100)}${m.node ? ` on ${code(m.node)}` : ''}: ${inline(m.status, 50)}`,
      );
    const more = report.missingEvidence.length - lines.length;
    blocks.push(section(`*Missing evidence*\n${lines.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}`));
  }
  const packs = report.rulePacks.map((p) => `${p.name}@${p.version}`).join(', ') || 'none';
  blocks.push(
    { type: 'divider' },
    context(
      `Culprit  ·  incident ${code(report.incidentId)}  ·  rule packs ${inline(packs, 500)}  ·  ${inline(report.generatedAt, 40)}`,
    ),
    ...linkButton(reportLink(reportUrl, report.incidentId), 'Open full report', 'culprit_open_report'),
  );
  const summary = top ? ` (severity ${incident.severity}, confidence ${confidence(top)})` : '';
  return { text: truncate(`${escapeMrkdwn(title)}${summary}`, 3000), blocks: blocks.slice(0, LIMITS.blocks) };
}

/** The thread reply that says the report is in. */
export function reportReadyReply(report: Report): MessageContent {
  return {
    text: `:memo: Report ready — ${escapeMrkdwn(reportTitle(report))}. The summary above is updated.`,
  };
}

export function progressReply(event: { type: string; data: unknown }): MessageContent | undefined {
  switch (event.type) {
    case 'scope.resolved': {
      const d = event.data as EventPayloads['scope.resolved'];
      if (d.widened)
        return {
          text: `:mag: Nothing conclusive yet — looking again with ${d.widened.length} more component(s): ${list(d.widened)}`,
        };
      const named = d.named.length > 0 ? ` — named: ${list(d.named)}` : '';
      return { text: `:mag: Scope: ${d.nodes.length} component(s)${named}` };
    }
    case 'collector.started': {
      const d = event.data as EventPayloads['collector.started'];
      return {
        text: `:hourglass_flowing_sand: ${code(d.collector)} collecting on ${d.nodes.length} component(s)`,
      };
    }
    case 'collector.finished': {
      const d = event.data as EventPayloads['collector.finished'];
      return {
        text: `:white_check_mark: ${code(d.collector)} finished: ${d.evidence} evidence item(s) in ${(d.durationMs / 1000).toFixed(1)} s`,
      };
    }
    case 'collector.failed': {
      const d = event.data as EventPayloads['collector.failed'];
      return { text: `:warning: ${code(d.collector)} ${inline(d.status, 40)}: ${inline(d.reason, 500)}` };
    }
    default:
      return undefined;
  }
}

export function failedReply(code: string, message: string): MessageContent {
  return { text: `:x: Investigation failed (${escapeMrkdwn(code)}): ${inline(message, 1000)}` };
}

export function failedMessage(incident: IncidentSummary, errorCode: string): MessageContent {
  return {
    text: `Investigation failed: ${escapeMrkdwn(incident.description)}`,
    blocks: [
      section(`:x: *Investigation failed:* ${inline(incident.description, 2500)}`),
      context(
        `*Severity:* ${incident.severity}  ·  *Incident:* ${code(incident.id)}  ·  *Error:* ${code(errorCode)}`,
      ),
    ],
  };
}

export function respondersReply(
  invited: string[],
  unresolved: string[],
  notInvited: { userId: string; error: string }[],
): MessageContent | undefined {
  const lines: string[] = [];
  if (invited.length > 0)
    lines.push(`:busts_in_silhouette: Invited ${invited.map((userId) => `<@${userId}>`).join(', ')}`);
  if (notInvited.length > 0)
    lines.push(
      `Could not invite: ${notInvited.map((n) => `<@${n.userId}> (${escapeMrkdwn(n.error)})`).join(', ')}`,
    );
  if (unresolved.length > 0)
    lines.push(`Could not find in Slack: ${unresolved.map((u) => inline(u, 200)).join(', ')}`);
  return lines.length > 0 ? { text: truncate(lines.join('\n'), 3000) } : undefined;
}

/** A one-line pointer to the war room (in notifyChannel, or where the incident was asked for). */
export function announcement(
  incident: IncidentSummary,
  channelId: string,
  options: { report?: Report; mention?: string } = {},
): MessageContent {
  const outcome = options.report ? ` — ${escapeMrkdwn(reportTitle(options.report))}` : '';
  const mention = options.mention ? `<@${options.mention}> ` : '';
  return {
    text: truncate(
      `${mention}${SEVERITY_EMOJI[incident.severity]} ${incident.severity} incident: ${inline(incident.description, 1000)} — war room <#${channelId}>${outcome}`,
      3000,
    ),
  };
}

function list(ids: string[], max = 10): string {
  const shown = ids.slice(0, max).map(code).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

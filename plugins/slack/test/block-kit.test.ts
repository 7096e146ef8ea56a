// validateBlockKit (culprit/testing) against blocks Slack accepts and blocks it refuses, and the
// plugin's own messages at their limits: long, hostile text is escaped and cut, never refused.
import { describe, expect, it } from 'vitest';
import { validateBlockKit } from 'culprit/testing';
import {
  escapeMrkdwn,
  progressReply,
  reportMessage,
  startedMessage,
  truncate,
  type IncidentSummary,
} from '../blocks.js';
import { report } from './helpers.js';

const text = (t: string, type = 'mrkdwn') => ({ type, text: t });

describe('validateBlockKit', () => {
  it('accepts the documented block types', () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'Root cause', emoji: true } },
      { type: 'section', block_id: 'summary', text: text('*bold* <https://example.com|link>') },
      { type: 'section', fields: [text('*A*\n1'), text('B', 'plain_text')], expand: true },
      {
        type: 'section',
        text: text('with a button'),
        accessory: {
          type: 'button',
          text: text('Open', 'plain_text'),
          url: 'https://x.example',
          action_id: 'a',
        },
      },
      { type: 'divider' },
      {
        type: 'context',
        elements: [text('ctx'), { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'icon' }],
      },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: text('Go', 'plain_text'),
            url: 'https://x.example',
            action_id: 'go',
            style: 'primary',
          },
          { type: 'button', text: text('Ack', 'plain_text'), value: 'ack', action_id: 'ack' },
        ],
      },
      {
        type: 'image',
        image_url: 'https://x.example/g.png',
        alt_text: 'graph',
        title: text('Graph', 'plain_text'),
      },
      { type: 'rich_text', elements: [] },
    ];
    expect(validateBlockKit(blocks)).toEqual([]);
  });

  it.each([
    ['not an array', {}, 'blocks: must be an array'],
    ['an unknown type', [{ type: 'banner' }], 'blocks[0].type: unknown block type "banner"'],
    ['a mrkdwn header', [{ type: 'header', text: text('x') }], 'blocks[0].text.type: must be "plain_text"'],
    [
      'a header over 150 characters',
      [{ type: 'header', text: text('h'.repeat(151), 'plain_text') }],
      'blocks[0].text.text: is 151 characters, more than 150',
    ],
    [
      'section text over 3000',
      [{ type: 'section', text: text('s'.repeat(3001)) }],
      'blocks[0].text.text: is 3001 characters, more than 3000',
    ],
    [
      'eleven fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => text('f')) }],
      'blocks[0].fields: has 11 items, more than 10',
    ],
    [
      'a field over 2000',
      [{ type: 'section', fields: [text('f'.repeat(2001))] }],
      'blocks[0].fields[0].text: is 2001 characters, more than 2000',
    ],
    ['a section with nothing', [{ type: 'section' }], 'blocks[0]: a section needs text or fields'],
    ['empty text', [{ type: 'section', text: text('') }], 'blocks[0].text.text: must not be empty'],
    [
      'emoji on mrkdwn',
      [{ type: 'section', text: { ...text('x'), emoji: true } }],
      'blocks[0].text.emoji: is not a property of this object',
    ],
    [
      'a divider with text',
      [{ type: 'divider', text: text('x') }],
      'blocks[0].text: is not a property of this object',
    ],
    [
      'a duplicate block_id',
      [
        { type: 'divider', block_id: 'a' },
        { type: 'divider', block_id: 'a' },
      ],
      'blocks[1].block_id: "a" is not unique',
    ],
    [
      'a long block_id',
      [{ type: 'divider', block_id: 'b'.repeat(256) }],
      'blocks[0].block_id: is 256 characters, more than 255',
    ],
    ['empty context', [{ type: 'context', elements: [] }], 'blocks[0].elements: must be a non-empty array'],
    [
      'a button label over 75',
      [
        {
          type: 'actions',
          elements: [{ type: 'button', text: text('b'.repeat(76), 'plain_text'), action_id: 'x' }],
        },
      ],
      'blocks[0].elements[0].text.text: is 76 characters, more than 75',
    ],
    [
      'a button with a bad style',
      [{ type: 'actions', elements: [{ type: 'button', text: text('b', 'plain_text'), style: 'blue' }] }],
      'blocks[0].elements[0].style: must be "primary" or "danger"',
    ],
    [
      'a duplicate action_id',
      [
        {
          type: 'actions',
          elements: [
            { type: 'button', text: text('a', 'plain_text'), action_id: 'x' },
            { type: 'button', text: text('b', 'plain_text'), action_id: 'x' },
          ],
        },
      ],
      'blocks[0].elements[1].action_id: "x" is not unique',
    ],
    [
      'text in actions',
      [{ type: 'actions', elements: [text('x')] }],
      'blocks[0].elements[0].type: not an interactive element: "mrkdwn"',
    ],
    [
      'an image without alt_text',
      [{ type: 'image', image_url: 'https://x.example/i.png' }],
      'blocks[0].alt_text: must be a string',
    ],
    [
      '51 blocks',
      Array.from({ length: 51 }, () => ({ type: 'divider' })),
      'blocks: has 51 blocks, more than 50',
    ],
  ])('refuses %s', (_name, blocks, problem) => {
    expect(validateBlockKit(blocks)).toContain(problem);
  });

  it('allows 100 blocks in a modal', () => {
    expect(
      validateBlockKit(
        Array.from({ length: 100 }, () => ({ type: 'divider' })),
        { surface: 'modal' },
      ),
    ).toEqual([]);
  });
});

describe('the plugin messages', () => {
  const incident: IncidentSummary = {
    id: 'inc-1',
    description: `<!channel> ${'very long & nasty '.repeat(400)}`,
    severity: 'high',
    createdAt: '2026-01-01T00:00:00Z',
    named: ['checkout'],
  };

  it('escapes &, < and > and never cuts an escape in half', () => {
    expect(escapeMrkdwn('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
    expect(truncate('abc &amp; def', 7)).toBe('abc …');
    expect(truncate('short', 10)).toBe('short');
  });

  it('stays valid with a description far over every limit', () => {
    const started = startedMessage(incident, 'https://culprit.example/incidents/{id}');
    expect(validateBlockKit(started.blocks)).toEqual([]);
    expect(JSON.stringify(started)).not.toContain('<!channel>');
    const long = report('inc-1');
    long.hypotheses[0]!.node = 'n'.repeat(200);
    long.hypotheses[0]!.findings = Array.from({ length: 20 }, (_, i) => ({
      ...long.hypotheses[0]!.findings[0]!,
      message: `m${i} ${'x'.repeat(900)}`,
    }));
    long.hypotheses[0]!.remediation = Array.from({ length: 20 }, () => 'r'.repeat(2000));
    long.missingEvidence = Array.from({ length: 40 }, (_, i) => ({
      source: `s${i}`,
      status: 'error',
      reason: '',
    }));
    const final = reportMessage(long, incident, 'https://culprit.example/incidents/{id}');
    expect(validateBlockKit(final.blocks)).toEqual([]);
    expect(final.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('progress replies', () => {
  it('say what the scope is, and when an inconclusive first look widens it, what it adds', () => {
    expect(
      progressReply({ type: 'scope.resolved', data: { named: ['ad'], nodes: ['ad', 'frontend'] } })?.text,
    ).toBe(':mag: Scope: 2 component(s) — named: `ad`');
    const wider = progressReply({
      type: 'scope.resolved',
      data: { named: ['ad'], nodes: ['ad', 'currency', 'frontend'], widened: ['currency'] },
    });
    expect(wider?.text).toContain('looking again with 1 more component(s)');
    expect(wider?.text).toContain('currency');
  });
});

// Checks Block Kit blocks the way Slack does before it accepts a message: block and element
// structure, text objects, documented length and count limits, unique block_ids and action_ids.
// It reports problems as `path: what` strings; it never rewrites the blocks.

export interface BlockKitOptions {
  /** Messages take at most 50 blocks, modals and Home tabs 100 (default: message). */
  surface?: 'message' | 'modal' | 'home';
}

type Json = Record<string, unknown>;

/** Block types Slack documents; only their block_id is checked for the ones not modelled here. */
const OTHER_BLOCK_TYPES = new Set(['rich_text', 'input', 'file', 'video', 'markdown', 'call', 'table']);
const INTERACTIVE_ELEMENTS = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'timepicker',
  'overflow',
  'radio_buttons',
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
  'workflow_button',
  'rich_text_input',
  'plain_text_input',
]);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateBlockKit(blocks: unknown, options: BlockKitOptions = {}): string[] {
  const problems: string[] = [];
  const report = (path: string, what: string) => void problems.push(`${path}: ${what}`);
  if (!Array.isArray(blocks)) {
    report('blocks', 'must be an array');
    return problems;
  }
  const maxBlocks = (options.surface ?? 'message') === 'message' ? 50 : 100;
  if (blocks.length > maxBlocks) report('blocks', `has ${blocks.length} blocks, more than ${maxBlocks}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => checkBlock(block, `blocks[${i}]`, { report, blockIds, actionIds }));
  return problems;
}

interface Checker {
  report(path: string, what: string): void;
  blockIds: Set<string>;
  actionIds: Set<string>;
}

function checkBlock(block: unknown, path: string, c: Checker): void {
  if (!isObject(block)) return c.report(path, 'must be an object');
  const type = block.type;
  if (typeof type !== 'string') return c.report(`${path}.type`, 'must be a string');
  if (block.block_id !== undefined && checkString(block.block_id, `${path}.block_id`, 255, c)) {
    const id = block.block_id as string;
    if (c.blockIds.has(id)) c.report(`${path}.block_id`, `"${id}" is not unique`);
    c.blockIds.add(id);
  }
  switch (type) {
    case 'header':
      onlyKeys(block, path, ['type', 'block_id', 'text'], c);
      checkText(block.text, `${path}.text`, { max: 150, plainOnly: true, required: true }, c);
      return;
    case 'divider':
      onlyKeys(block, path, ['type', 'block_id'], c);
      return;
    case 'section':
      onlyKeys(block, path, ['type', 'block_id', 'text', 'fields', 'accessory', 'expand'], c);
      if (block.text === undefined && block.fields === undefined)
        c.report(path, 'a section needs text or fields');
      if (block.text !== undefined) checkText(block.text, `${path}.text`, { max: 3000 }, c);
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields) || block.fields.length === 0) {
          c.report(`${path}.fields`, 'must be a non-empty array');
        } else {
          if (block.fields.length > 10)
            c.report(`${path}.fields`, `has ${block.fields.length} items, more than 10`);
          block.fields.forEach((f, i) => checkText(f, `${path}.fields[${i}]`, { max: 2000 }, c));
        }
      }
      if (block.accessory !== undefined) checkElement(block.accessory, `${path}.accessory`, c, true);
      if (block.expand !== undefined && typeof block.expand !== 'boolean')
        c.report(`${path}.expand`, 'must be a boolean');
      return;
    case 'context':
      onlyKeys(block, path, ['type', 'block_id', 'elements'], c);
      if (!Array.isArray(block.elements) || block.elements.length === 0)
        return c.report(`${path}.elements`, 'must be a non-empty array');
      if (block.elements.length > 10)
        c.report(`${path}.elements`, `has ${block.elements.length} items, more than 10`);
      block.elements.forEach((e, i) => {
        const p = `${path}.elements[${i}]`;
        if (isObject(e) && e.type === 'image') checkImageElement(e, p, c);
        else checkText(e, p, { max: 3000 }, c);
      });
      return;
    case 'actions':
      onlyKeys(block, path, ['type', 'block_id', 'elements'], c);
      if (!Array.isArray(block.elements) || block.elements.length === 0)
        return c.report(`${path}.elements`, 'must be a non-empty array');
      if (block.elements.length > 25)
        c.report(`${path}.elements`, `has ${block.elements.length} items, more than 25`);
      block.elements.forEach((e, i) => checkElement(e, `${path}.elements[${i}]`, c, false));
      return;
    case 'image':
      onlyKeys(block, path, ['type', 'block_id', 'image_url', 'slack_file', 'alt_text', 'title'], c);
      checkImageSource(block, path, c);
      checkString(block.alt_text, `${path}.alt_text`, 2000, c);
      if (block.title !== undefined)
        checkText(block.title, `${path}.title`, { max: 2000, plainOnly: true }, c);
      return;
    default:
      if (!OTHER_BLOCK_TYPES.has(type)) c.report(`${path}.type`, `unknown block type "${type}"`);
  }
}

function checkElement(element: unknown, path: string, c: Checker, accessory: boolean): void {
  if (!isObject(element)) return c.report(path, 'must be an object');
  const type = element.type;
  if (type === 'image' && accessory) return checkImageElement(element, path, c);
  if (typeof type !== 'string' || !INTERACTIVE_ELEMENTS.has(type))
    return c.report(`${path}.type`, `not an interactive element: ${JSON.stringify(type)}`);
  if (element.action_id !== undefined && checkString(element.action_id, `${path}.action_id`, 255, c)) {
    const id = element.action_id as string;
    if (c.actionIds.has(id)) c.report(`${path}.action_id`, `"${id}" is not unique`);
    c.actionIds.add(id);
  }
  if (type !== 'button') return;
  onlyKeys(
    element,
    path,
    ['type', 'text', 'action_id', 'url', 'value', 'style', 'confirm', 'accessibility_label'],
    c,
  );
  checkText(element.text, `${path}.text`, { max: 75, plainOnly: true, required: true }, c);
  if (element.url !== undefined && checkString(element.url, `${path}.url`, 3000, c)) {
    if (!/^https?:\/\//i.test(element.url as string)) c.report(`${path}.url`, 'must be an http(s) URL');
  }
  if (element.value !== undefined) checkString(element.value, `${path}.value`, 2000, c);
  if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger')
    c.report(`${path}.style`, 'must be "primary" or "danger"');
  if (element.accessibility_label !== undefined)
    checkString(element.accessibility_label, `${path}.accessibility_label`, 75, c);
}

function checkImageElement(element: Json, path: string, c: Checker): void {
  onlyKeys(element, path, ['type', 'image_url', 'slack_file', 'alt_text'], c);
  checkImageSource(element, path, c);
  checkString(element.alt_text, `${path}.alt_text`, 2000, c);
}

function checkImageSource(element: Json, path: string, c: Checker): void {
  if (element.image_url === undefined && element.slack_file === undefined)
    return c.report(path, 'needs image_url or slack_file');
  if (element.image_url !== undefined) checkString(element.image_url, `${path}.image_url`, 3000, c);
  if (element.slack_file !== undefined && !isObject(element.slack_file))
    c.report(`${path}.slack_file`, 'must be an object');
}

function checkText(
  text: unknown,
  path: string,
  rules: { max: number; plainOnly?: boolean; required?: boolean },
  c: Checker,
): void {
  if (text === undefined && !rules.required) return;
  if (!isObject(text)) return c.report(path, 'must be a text object');
  if (text.type !== 'plain_text' && text.type !== 'mrkdwn')
    return c.report(`${path}.type`, 'must be "plain_text" or "mrkdwn"');
  if (rules.plainOnly && text.type !== 'plain_text') c.report(`${path}.type`, 'must be "plain_text"');
  onlyKeys(
    text,
    path,
    text.type === 'plain_text' ? ['type', 'text', 'emoji'] : ['type', 'text', 'verbatim'],
    c,
  );
  if (typeof text.text !== 'string') return c.report(`${path}.text`, 'must be a string');
  if (text.text.length === 0) c.report(`${path}.text`, 'must not be empty');
  if (text.text.length > rules.max)
    c.report(`${path}.text`, `is ${text.text.length} characters, more than ${rules.max}`);
  if (text.emoji !== undefined && typeof text.emoji !== 'boolean')
    c.report(`${path}.emoji`, 'must be a boolean');
  if (text.verbatim !== undefined && typeof text.verbatim !== 'boolean')
    c.report(`${path}.verbatim`, 'must be a boolean');
}

function checkString(value: unknown, path: string, max: number, c: Checker): boolean {
  if (typeof value !== 'string') {
    c.report(path, 'must be a string');
    return false;
  }
  if (value.length === 0) {
    c.report(path, 'must not be empty');
    return false;
  }
  if (value.length > max) {
    c.report(path, `is ${value.length} characters, more than ${max}`);
    return false;
  }
  return true;
}

function onlyKeys(value: Json, path: string, allowed: readonly string[], c: Checker): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) c.report(`${path}.${key}`, 'is not a property of this object');
}

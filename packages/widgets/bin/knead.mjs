#!/usr/bin/env node
// `npx @knead/widgets html faq --locale es --content my-faq.json --searchable`: prints the snippet for a
// static site or a CMS block: the script tag and the pre-rendered element. Anything invalid prints what
// and where on stderr and exits 1, with nothing on stdout (never half a snippet).
import { readFileSync } from 'node:fs';
import { DEFAULT_BASE, renderableTags, renderWidget, widgetAttributes } from '../dist/render.js';

const USAGE = `Usage: npx @knead/widgets html <widget> [options] [--<attribute> [value]…]

Prints the HTML to paste into a page: the Knead script and the widget, pre-rendered so that search
engines and readers without JavaScript see its text.

  <widget>             ${renderableTags()
    .map((t) => t.slice(6))
    .join(', ')}
  --locale <xx>        the language (en, es, de, fr, ar); default English
  --content <file>     a JSON file of content overrides (the element's \`content\`), checked first
  --base <url>         where Knead's files are (default ${DEFAULT_BASE});
                       self-hosting: the URL of your copy of @knead/widgets/dist/
  --script <kind>      loader (knead-loader.js, default), classic (knead.js) or none
  --<attribute>        any attribute of the widget: --searchable, --heading-level 3 (see the README)`;

function fail(message) {
  process.stderr.write(`knead: ${message}\n`);
  process.exit(1);
}

const [command, widget, ...rest] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command ? 0 : 1);
}
if (command !== 'html') fail(`unknown command "${command}"\n\n${USAGE}`);
if (!widget || widget.startsWith('-')) fail(`which widget? One of ${renderableTags().join(', ')}`);
const tag = widget.startsWith('knead-') ? widget : `knead-${widget}`;
if (!renderableTags().includes(tag))
  fail(`unknown widget "${widget}": one of ${renderableTags().join(', ')}`);

const known = new Map(widgetAttributes(tag).map((a) => [a.name, a]));
const options = { locale: undefined, content: undefined, base: DEFAULT_BASE, script: 'loader' };
const attributes = {};
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  if (!arg.startsWith('--')) fail(`unexpected "${arg}": options start with --`);
  const eq = arg.indexOf('=');
  const name = arg.slice(2, eq === -1 ? undefined : eq);
  const attribute = known.get(name);
  const takesValue = name in options || (attribute && !attribute.boolean);
  let value = eq === -1 ? undefined : arg.slice(eq + 1);
  if (takesValue && value === undefined) {
    value = rest[++i];
    if (value === undefined) fail(`--${name} needs a value`);
  }
  if (name in options) options[name] = value;
  else if (attribute) attributes[name] = attribute.boolean ? value !== 'false' : value;
  else fail(`<${tag}> has no attribute or option "--${name}" (attributes: ${[...known.keys()].join(', ')})`);
}
if (!['loader', 'classic', 'none'].includes(options.script))
  fail(`--script is loader, classic or none, not "${options.script}"`);

let content;
if (options.content !== undefined) {
  let text;
  try {
    text = readFileSync(options.content, 'utf8');
  } catch (error) {
    fail(`cannot read --content ${options.content}: ${error.message}`);
  }
  try {
    content = JSON.parse(text);
  } catch (error) {
    fail(`--content ${options.content} is not valid JSON: ${error.message}`);
  }
}

const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
let element;
try {
  element = renderWidget(tag, { locale: options.locale, content, attributes, base });
} catch (error) {
  fail(error.message);
}
const script = { loader: 'knead-loader.js', classic: 'knead.js', none: '' }[options.script];
process.stdout.write(`${script ? `<script src="${base}${script}" defer></script>\n` : ''}${element}\n`);

import { type ContentIssue, type SectionName, type SectionSchema, schemas } from '@knead/content';

// The words form is generated from the content package's own validators. They are closures, not data,
// so the shape is read by probing: a Proxy records which keys a check reads (every field, optional ones
// too), and the message a check gives for a wrong value tells the field's kind. A new field in
// packages/content/src/schema.ts therefore appears here without a change, and the coverage test then
// asks for its label in labels.ts.

/** One node of a section's form. `path` is the pattern (`faq.items[].question`), the key of its label. */
export type FieldNode =
  | { kind: 'text' | 'number' | 'boolean' | 'id' | 'ids'; key: string; path: string; optional: boolean }
  | { kind: 'choice'; key: string; path: string; optional: boolean; values: string[] }
  | { kind: 'object' | 'list'; key: string; path: string; optional: boolean; fields: FieldNode[] };

type Run = (value: unknown) => ContentIssue[];

const under = (issues: ContentIssue[], path: string) =>
  issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));

/** The keys a check reads from an object, in the order it reads them. */
function keysRead(run: Run): string[] {
  const keys: string[] = [];
  const proxy = new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key === 'string' && !keys.includes(key)) keys.push(key);
        return undefined;
      },
    },
  );
  run(proxy);
  return keys;
}

function probeObject(run: Run, path: string, pattern: string): FieldNode[] {
  // `id` is read first by list items (for duplicates) and is a field of its own: keep schema order.
  return keysRead(run).map((key) => {
    const at = `${path}.${key}`;
    const p = `${pattern}.${key}`;
    const runField: Run = (value) => under(run({ [key]: value }), at);
    const optional = runField(undefined).length === 0;
    const message = runField('')[0]?.message ?? '';
    if (message === 'expected an object')
      return { kind: 'object', key, path: p, optional, fields: probeObject(runField, at, p) } as const;
    if (message === 'expected an array') {
      const item: Run = (value) => runField([value]);
      const fields = probeObject(item, `${at}[0]`, `${p}[]`);
      if (fields.length) return { kind: 'list', key, path: p, optional, fields } as const;
      return { kind: 'ids', key, path: p, optional } as const;
    }
    if (message.startsWith('expected one of '))
      return { kind: 'choice', key, path: p, optional, values: message.slice(16).split(', ') } as const;
    const kind = message.includes('kebab-case')
      ? 'id'
      : message.includes('number')
        ? 'number'
        : message.includes('true or false')
          ? 'boolean'
          : 'text';
    return { kind, key, path: p, optional } as const;
  });
}

/** The form of one content section, probed from its schema. */
export function sectionForm(name: SectionName, schema: SectionSchema = schemas[name]): FieldNode[] {
  const run: Run = (value) => {
    const issues: ContentIssue[] = [];
    schema(value, name, issues);
    return issues;
  };
  return probeObject(run, name, name);
}

/** Every node pattern of every section (`faq`, `faq.items`, `faq.items[].question`…). */
export function allPatterns(): string[] {
  const out: string[] = [];
  const walk = (nodes: FieldNode[]) => {
    for (const node of nodes) {
      out.push(node.path);
      if (node.kind === 'object' || node.kind === 'list') walk(node.fields);
    }
  };
  for (const name of Object.keys(schemas) as SectionName[]) {
    out.push(name);
    walk(sectionForm(name));
  }
  return out;
}

/** The fields of the list at `path` (`['precautions', 'rules']`), or undefined when it is not a list. */
export function listFields(path: readonly (string | number)[]): FieldNode[] | undefined {
  const [section, ...keys] = path.filter((k): k is string => typeof k === 'string');
  let nodes = sectionForm(section as SectionName);
  let found: FieldNode | undefined;
  for (const key of keys) {
    found = nodes.find((n) => n.key === key);
    if (!found || (found.kind !== 'object' && found.kind !== 'list')) return undefined;
    nodes = found.fields;
  }
  return found?.kind === 'list' ? found.fields : undefined;
}

/** The key of a list item's name: its first text field in the schema (`question`, `reason`). */
export const primaryKey = (path: readonly (string | number)[]): string | undefined =>
  listFields(path)?.find((f) => f.kind === 'text')?.key;

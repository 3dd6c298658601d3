import type { ContentIssue, SectionName } from '@knead/content';
import { useSignal } from '@preact/signals';
import { labelOf } from './labels';
import { type FieldNode, sectionForm } from './schema-form';
import {
  addItem,
  base,
  draft,
  focusNext,
  info,
  issues,
  locale,
  moveItem,
  removeItem,
  resetWords,
  restored,
  setField,
  undoReset,
  widget,
} from './store';

// The words form: generated from the content schema (schema-form.ts), named by labels.ts. Paths are
// the validator's own (`faq.items[2].answer`), so its issues land next to the field they concern.

type Path = (string | number)[];
type Obj = Record<string, unknown>;

/** The validator's path for a form path: `['faq', 'items', 2, 'answer']` → `faq.items[2].answer`. */
export const pathText = (path: Path): string =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

/** A DOM id for a form path. */
export const fieldId = (path: Path): string => `f-${pathText(path).replace(/[^\w-]+/g, '_')}`;

const forms = new Map<SectionName, FieldNode[]>();
const formOf = (name: SectionName) => {
  let form = forms.get(name);
  if (!form) {
    form = sectionForm(name);
    forms.set(name, form);
  }
  return form;
};

const MESSAGES: Record<string, string> = {
  required: 'This is required.',
  'expected a non-empty string': 'This cannot be empty.',
  'expected a number ≥ 0': 'Enter a number of 0 or more.',
};
/** A validator message in plain words. */
export const humanize = (message: string): string =>
  MESSAGES[message] ?? `${message[0]!.toUpperCase()}${message.slice(1)}.`;

const issuesAt = (all: ContentIssue[], path: string, deep: boolean) =>
  all.filter(
    (i) => i.path === path || (deep && (i.path.startsWith(`${path}[`) || i.path.startsWith(`${path}.`))),
  );

function Errors({ id, list }: { id: string; list: ContentIssue[] }) {
  if (!list.length) return null;
  return (
    <ul class="errors" id={id}>
      {list.map((i) => (
        <li key={i.path + i.message}>
          {humanize(i.message)} <code>{i.path}</code>
        </li>
      ))}
    </ul>
  );
}

/** An item's name: its first text field in the schema (`question`, `reason`), else its id. */
const nameOf = (item: Obj, fields?: FieldNode[]) => {
  const key =
    fields?.find((f) => f.kind === 'text')?.key ??
    Object.keys(item).find((k) => k !== 'id' && typeof item[k] === 'string');
  return key && typeof item[key] === 'string' ? String(item[key]) : '';
};

function Field({ node, path, value, root }: { node: FieldNode; path: Path; value: unknown; root: Obj }) {
  const label = labelOf(node.path);
  const id = fieldId(path);
  const at = pathText(path);
  const mine = issuesAt(issues.value, at, node.kind === 'ids');
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const described = [label.hint || node.optional ? hintId : '', mine.length ? errId : ''].filter(Boolean);
  const common = {
    id,
    'aria-invalid': mine.length ? ('true' as const) : undefined,
    'aria-describedby': described.join(' ') || undefined,
  };
  const hint = (label.hint || node.optional) && (
    <p class="hint" id={hintId}>
      {label.hint ?? ''}
      {node.optional && !label.hint?.includes('Optional') ? ' Optional.' : ''}
      {node.optional && node.kind === 'text' ? ' Left empty, the built-in text (if any) stays.' : ''}
    </p>
  );
  if (node.kind === 'object') return <Group node={node} path={path} value={value as Obj} root={root} />;
  if (node.kind === 'list') return <List node={node} path={path} value={value as Obj[]} root={root} />;
  if (node.kind === 'id') return null; // shown in the item's header; made from the text for new items
  if (node.kind === 'boolean')
    return (
      <div class="field check">
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(e) => setField(path, e.currentTarget.checked ? true : undefined)}
        />
        <label for={id}>{label.label}</label>
        {hint}
        <Errors id={errId} list={mine} />
      </div>
    );
  if (node.kind === 'ids' && label.ref) {
    const [section, key] = label.ref.split('.') as [string, string];
    const options = ((root[section] as Obj | undefined)?.[key] as Obj[] | undefined) ?? [];
    if (options.length) {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset class="field ids" aria-describedby={common['aria-describedby']}>
          <legend>{label.label}</legend>
          {hint}
          <div class="chips">
            {options.map((o) => {
              const oid = `${id}-${String(o.id)}`;
              return (
                <span class="chip" key={String(o.id)}>
                  <input
                    type="checkbox"
                    id={oid}
                    checked={chosen.includes(String(o.id))}
                    onChange={(e) => {
                      const next = e.currentTarget.checked
                        ? [...chosen, String(o.id)]
                        : chosen.filter((x) => x !== o.id);
                      setField(path, next.length || !node.optional ? next : undefined);
                    }}
                  />
                  <label for={oid}>{nameOf(o) || String(o.id)}</label>
                </span>
              );
            })}
          </div>
          <Errors id={errId} list={mine} />
        </fieldset>
      );
    }
  }
  let control: preact.JSX.Element;
  if (node.kind === 'choice')
    control = (
      <select {...common} value={String(value ?? '')} onChange={(e) => setField(path, e.currentTarget.value)}>
        {node.values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  else if (node.kind === 'number')
    control = (
      <input
        type="number"
        min={0}
        inputMode="numeric"
        {...common}
        value={value === undefined ? '' : String(value)}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setField(path, v === '' && node.optional ? undefined : Number(v));
        }}
      />
    );
  else if (node.kind === 'ids')
    control = (
      <input
        type="text"
        {...common}
        value={Array.isArray(value) ? value.join(' ') : ''}
        onInput={(e) => {
          const ids = e.currentTarget.value.split(/[\s,]+/).filter(Boolean);
          setField(path, ids.length || !node.optional ? ids : undefined);
        }}
      />
    );
  else {
    const onInput = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      const v = e.currentTarget.value;
      setField(path, v === '' && node.optional ? undefined : v);
    };
    const text = typeof value === 'string' ? value : '';
    // The words are in the edited language (Arabic runs right to left), not the studio's.
    const words = { lang: locale.value, dir: 'auto' as const };
    control = label.long ? (
      <textarea
        {...common}
        {...words}
        rows={Math.min(6, Math.max(2, Math.ceil(text.length / 60)))}
        value={text}
        onInput={onInput}
      />
    ) : (
      <input type="text" {...common} {...words} value={text} onInput={onInput} />
    );
  }
  return (
    <div class="field">
      <label for={id}>{label.label}</label>
      {hint}
      {control}
      <Errors id={errId} list={mine} />
    </div>
  );
}

/** A plural object shows only the forms the language uses (`Intl.PluralRules`: English one and other). */
const pluralForms = (fields: FieldNode[], locale: string) => {
  if (!fields.some((f) => f.key === 'other')) return fields;
  const used = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  return fields.filter((f) => used.has(f.key));
};

function Group({ node, path, value, root }: { node: FieldNode; path: Path; value: Obj; root: Obj }) {
  if (node.kind !== 'object') return null;
  const label = labelOf(node.path);
  const fields = pluralForms(node.fields, locale.value);
  const inner = fields.map((f) => (
    <Field key={f.key} node={f} path={[...path, f.key]} value={value?.[f.key]} root={root} />
  ));
  const bad = issuesAt(issues.value, pathText(path), true).length > 0;
  if (node.key === 'ui')
    return (
      <details class="group" open={bad || undefined}>
        <summary>{label.label}</summary>
        <div class="group-body">{inner}</div>
      </details>
    );
  return (
    <fieldset class="group">
      <legend>{label.label}</legend>
      {label.hint && <p class="hint">{label.hint}</p>}
      {inner}
    </fieldset>
  );
}

const templateOf = (fields: FieldNode[]): Obj => {
  const out: Obj = {};
  for (const f of fields) {
    if (f.kind === 'id' || f.optional) continue;
    out[f.key] =
      f.kind === 'choice' ? f.values[0] : f.kind === 'ids' ? [] : f.kind === 'text' ? '' : undefined;
  }
  return out;
};

function List({ node, path, value, root }: { node: FieldNode; path: Path; value: Obj[]; root: Obj }) {
  if (node.kind !== 'list') return null;
  const label = labelOf(node.path);
  const noun = label.item ?? 'item';
  const items = Array.isArray(value) ? value : [];
  // Open items by position (ids of new items follow their text, so they change while typing).
  const open = useSignal<Set<number>>(new Set());
  const builtIn = new Set(
    (
      ((base.value as Obj | undefined)?.[path[0] as string] as Obj | undefined)?.[path[1] as string] as
        | Obj[]
        | undefined
    )?.map((x) => String(x.id)) ?? [],
  );
  const listIssues = issuesAt(issues.value, pathText(path), false);
  const setOpen = (change: (set: Set<number>) => void) => {
    const next = new Set(open.value);
    change(next);
    open.value = next;
  };
  const swap = (a: number, b: number) =>
    setOpen((set) => {
      const [x, y] = [set.has(a), set.has(b)];
      for (const [i, on] of [
        [a, y],
        [b, x],
      ] as const)
        on ? set.add(i) : set.delete(i);
    });
  return (
    <section class="list" aria-labelledby={`${fieldId(path)}-h`}>
      <h3 id={`${fieldId(path)}-h`}>
        {label.label} <span class="count">{items.length}</span>
      </h3>
      {label.hint && <p class="hint">{label.hint}</p>}
      <Errors id={`${fieldId(path)}-err`} list={listIssues} />
      <ol class="items">
        {items.map((item, i) => {
          const itemPath = [...path, i];
          const id = String(item.id);
          const bad = issuesAt(issues.value, pathText(itemPath), true);
          const isOpen = open.value.has(i) || bad.length > 0;
          const own = bad.filter(
            (x) => x.path === pathText(itemPath) || x.path === `${pathText(itemPath)}.id`,
          );
          return (
            <li key={i} class={bad.length ? 'item bad' : 'item'}>
              <details
                open={isOpen}
                onToggle={(e) => {
                  const on = (e.currentTarget as HTMLDetailsElement).open;
                  setOpen((set) => (on ? set.add(i) : set.delete(i)));
                }}
              >
                <summary id={`${fieldId(itemPath)}-s`}>
                  <span class="n">{i + 1}</span>
                  <span class="name">{nameOf(item, node.fields) || `New ${noun}`}</span>
                  {!builtIn.has(id) && <span class="tag">new</span>}
                  {bad.length > 0 && <span class="tag warn">needs a fix</span>}
                </summary>
                <div class="item-body">
                  <p class="id">
                    Id <code>{id}</code>
                    {builtIn.has(id) ? '' : ' (made from the text)'}
                  </p>
                  <Errors id={`${fieldId(itemPath)}-err`} list={own} />
                  {node.fields.map((f) => (
                    <Field key={f.key} node={f} path={[...itemPath, f.key]} value={item[f.key]} root={root} />
                  ))}
                  <div class="item-actions">
                    <button
                      type="button"
                      class="small"
                      id={`${fieldId(itemPath)}-up`}
                      disabled={i === 0}
                      aria-label={`Move ${noun} ${i + 1} up`}
                      onClick={() => {
                        moveItem(path, i, -1, noun);
                        swap(i, i - 1);
                        focusNext.value = `${fieldId([...path, i - 1])}-${i - 1 === 0 ? 'down' : 'up'}`;
                      }}
                    >
                      ↑ Up
                    </button>
                    <button
                      type="button"
                      class="small"
                      id={`${fieldId(itemPath)}-down`}
                      disabled={i === items.length - 1}
                      aria-label={`Move ${noun} ${i + 1} down`}
                      onClick={() => {
                        moveItem(path, i, 1, noun);
                        swap(i, i + 1);
                        focusNext.value = `${fieldId([...path, i + 1])}-${i + 1 === items.length - 1 ? 'up' : 'down'}`;
                      }}
                    >
                      ↓ Down
                    </button>
                    <button
                      type="button"
                      class="small danger"
                      aria-label={`Remove ${noun} ${i + 1}`}
                      onClick={() => {
                        removeItem(path, i, noun);
                        setOpen((set) => {
                          const kept = [...set].filter((x) => x !== i).map((x) => (x > i ? x - 1 : x));
                          set.clear();
                          for (const x of kept) set.add(x);
                        });
                        focusNext.value =
                          items.length > 1
                            ? `${fieldId([...path, Math.min(i, items.length - 2)])}-s`
                            : `${fieldId(path)}-add`;
                      }}
                    >
                      Remove
                    </button>
                  </div>
                </div>
              </details>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="add"
        id={`${fieldId(path)}-add`}
        onClick={() => {
          const at = addItem(path, templateOf(node.fields), noun);
          if (at < 0) return;
          const first = node.fields.find((f) => f.kind === 'text');
          setOpen((set) => set.add(at));
          focusNext.value = fieldId([...path, at, first?.key ?? 'id']);
        }}
      >
        + Add a {noun}
      </button>
    </section>
  );
}

function Section({ name, value, root }: { name: SectionName; value: Obj; root: Obj }) {
  const nodes = formOf(name);
  const simple = nodes.filter((n) => n.kind !== 'list' && !(n.kind === 'object' && n.key !== 'ui'));
  const rest = nodes.filter((n) => !simple.includes(n));
  return (
    <>
      {simple.map((n) => (
        <Field key={n.key} node={n} path={[name, n.key]} value={value[n.key]} root={root} />
      ))}
      {rest.map((n) => (
        <Field key={n.key} node={n} path={[name, n.key]} value={value[n.key]} root={root} />
      ))}
    </>
  );
}

/** The Words panel. */
export function WordsPanel() {
  const d = draft.value as Obj | undefined;
  if (!d) return <p class="loading">Loading the words…</p>;
  const [own, ...others] = info.value.sections;
  const all = issues.value;
  return (
    <div class="words">
      <div class="panel-intro">
        <p>
          Change any text the {info.value.name} shows. Your changes are kept for each language. Invalid words
          never reach the snippet: it keeps your last valid version.
        </p>
        {restored.value?.tag === widget.value && restored.value.code === locale.value ? (
          <button type="button" class="small quiet" onClick={undoReset}>
            Undo: bring my words back
          </button>
        ) : (
          <button type="button" class="small quiet" onClick={resetWords}>
            Restore the built-in words
          </button>
        )}
      </div>
      {all.length > 0 && (
        <div class="problems" role="alert">
          <p>
            <strong>
              {all.length === 1 ? '1 thing needs' : `${all.length} things need`} a fix before it reaches the
              snippet:
            </strong>
          </p>
          <ul>
            {all.slice(0, 8).map((i) => (
              <li key={i.path + i.message}>
                <code>{i.path}</code> {humanize(i.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <section class="section" aria-labelledby="sec-own">
        <h2 id="sec-own">{labelOf(own!).label}</h2>
        {labelOf(own!).hint && <p class="hint">{labelOf(own!).hint}</p>}
        <Section name={own!} value={d[own!] as Obj} root={d} />
      </section>
      {others.map((name) => (
        <details class="section more" key={name} open={issuesAt(all, name, true).length > 0 || undefined}>
          <summary>
            <span class="h">{labelOf(name).label}</span>
            <span class="hint"> also shown by this widget</span>
          </summary>
          {labelOf(name).hint && <p class="hint">{labelOf(name).hint}</p>}
          <Section name={name} value={d[name] as Obj} root={d} />
        </details>
      ))}
    </div>
  );
}

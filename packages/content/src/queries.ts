import { PRESSURES, VERDICTS } from './constants';
import { formatTemplate } from './format';
import type { Content, Goal, PressurePreference, Technique, Verdict } from './types';

/** The outcome of `assessPrecautions`. */
export interface PrecautionAssessment {
  /** The most cautious verdict of the rules that apply (`ok` when none do). */
  verdict: Verdict;
  title: string;
  advice: string;
  /** Every rule that applies, in content order. */
  reasons: { ruleId: string; verdict: Verdict; reason: string }[];
  /** Technique id → the reasons of the applying rules that advise against it. */
  advisedAgainst: Record<string, string[]>;
}

/** One ranked technique from `recommendTechniques`. */
export interface TechniqueRecommendation {
  technique: Technique;
  score: number;
  matchedGoals: Goal[];
  pressureMatch: boolean;
  /** Reasons the precautions advise against this technique (empty when none). */
  advisedAgainst: string[];
  /** A short visitor-facing sentence, such as "Matches chronic pain; firm pressure". */
  reason: string;
}

/** Throws a RangeError naming the first id that is not in `known`. */
function expectKnown(ids: readonly string[], known: readonly string[], kind: string): void {
  for (const id of ids)
    if (!known.includes(id))
      throw new RangeError(`Unknown ${kind} "${id}"; expected one of: ${known.join(', ')}`);
}

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);

/**
 * Applies the precaution rules for the ticked conditions and an optional technique. The technique id
 * is checked only when `content.techniques` is passed (rules may mention just a few techniques).
 */
export function assessPrecautions(
  content: Pick<Content, 'precautions'> & Partial<Pick<Content, 'techniques'>>,
  input: { conditions?: readonly string[]; techniqueId?: string } = {},
): PrecautionAssessment {
  const { verdicts, conditions, rules } = content.precautions;
  const ticked = input.conditions ?? [];
  const technique = input.techniqueId;
  expectKnown(ticked, idsOf(conditions), 'condition');
  if (technique !== undefined && content.techniques)
    expectKnown([technique], idsOf(content.techniques.items), 'technique');
  let verdict: Verdict = 'ok';
  const reasons: PrecautionAssessment['reasons'] = [];
  const advisedAgainst: Record<string, string[]> = {};
  for (const rule of rules) {
    const applies =
      (!rule.conditions?.length || rule.conditions.some((id) => ticked.includes(id))) &&
      (!rule.techniques?.length || rule.techniques.includes(technique!));
    if (!applies) continue;
    if (VERDICTS.indexOf(rule.verdict) > VERDICTS.indexOf(verdict)) verdict = rule.verdict;
    reasons.push({ ruleId: rule.id, verdict: rule.verdict, reason: rule.reason });
    for (const id of rule.advisesAgainst ?? [])
      advisedAgainst[id] = [...(advisedAgainst[id] ?? []), rule.reason];
  }
  return { verdict, ...verdicts[verdict], reasons, advisedAgainst };
}

/**
 * Ranks every technique once: each chosen goal it serves scores 3 (so goals always outweigh pressure),
 * an exact pressure +1, a pressure two steps away −1; techniques the precautions advise against for
 * `conditions` come last; ties keep content order. `locale` (default `en`) formats the reason.
 */
export function recommendTechniques(
  content: Pick<Content, 'techniques'> & Partial<Pick<Content, 'precautions'>>,
  input: {
    goals?: readonly string[];
    pressure?: PressurePreference;
    conditions?: readonly string[];
    locale?: string;
  } = {},
): TechniqueRecommendation[] {
  const { ui, goals, items } = content.techniques;
  const { goals: chosen = [], pressure = 'any', conditions = [], locale = 'en' } = input;
  expectKnown(chosen, idsOf(goals), 'goal');
  expectKnown([pressure], [...PRESSURES, 'any'], 'pressure');
  if (!content.precautions) expectKnown(conditions, [], 'condition');
  const against = content.precautions
    ? assessPrecautions({ precautions: content.precautions }, { conditions }).advisedAgainst
    : {};
  const lower = (text: string) => (ui.keepLabelCase ? text : text.toLocaleLowerCase(locale));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return items
    .map((technique, index) => {
      const matchedGoals = technique.goals
        .filter((id) => chosen.includes(id))
        .map((id) => goals.find((goal) => goal.id === id)!);
      const distance = Math.abs(
        PRESSURES.indexOf(technique.pressure) - (PRESSURES as readonly string[]).indexOf(pressure),
      );
      const pressureMatch = pressure !== 'any' && distance === 0;
      const score =
        matchedGoals.length * 3 + (pressure === 'any' ? 0 : distance === 0 ? 1 : distance > 1 ? -1 : 0);
      const parts = [
        matchedGoals.length &&
          formatTemplate(ui.reasonGoals, { goals: list.format(matchedGoals.map((g) => lower(g.label))) }),
        pressureMatch && formatTemplate(ui.reasonPressure, { pressure: lower(ui.pressures[pressure]) }),
      ].filter(Boolean) as string[];
      const reason = parts.join(ui.reasonSeparator ?? '; ');
      return {
        rec: {
          technique,
          score,
          matchedGoals,
          pressureMatch,
          advisedAgainst: against[technique.id] ?? [],
          reason: reason ? reason[0]!.toLocaleUpperCase(locale) + reason.slice(1) : ui.reasonNone,
        },
        index,
      };
    })
    .sort(
      (a, b) =>
        +!!a.rec.advisedAgainst.length - +!!b.rec.advisedAgainst.length ||
        b.rec.score - a.rec.score ||
        a.index - b.index,
    )
    .map(({ rec }) => rec);
}

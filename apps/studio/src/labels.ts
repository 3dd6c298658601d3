// What the words form calls each node of the content schema, in a spa owner's words. The form's
// structure comes from the schema (schema-form.ts); this table only names things. A schema node with
// no entry here fails test/form-coverage.test.ts, so a new field cannot slip in unlabelled.

/** How the form presents one schema node. */
export interface Label {
  label: string;
  /** A short help line under the field. */
  hint?: string;
  /** A multi-line text area. */
  long?: boolean;
  /** For lists: what one item is called ("question"). */
  item?: string;
  /** For id lists: the list (pattern) whose ids it picks from. */
  ref?: string;
}

const labelsText = 'Buttons and labels';

/** Every schema node by pattern (`faq.items[].question`). */
export const labels: Record<string, Label> = {
  intro: { label: 'Introduction', hint: 'Shown above the benefits when “Show the introduction” is on.' },
  'intro.title': { label: 'Introduction heading' },
  'intro.lead': { label: 'Opening paragraph', long: true },
  'intro.topics': { label: 'Topics', item: 'topic' },
  'intro.topics[].id': { label: 'Id' },
  'intro.topics[].title': { label: 'Topic title' },
  'intro.topics[].text': { label: 'Topic text', long: true },

  benefits: { label: 'Benefits' },
  'benefits.title': { label: 'Heading' },
  'benefits.ui': { label: labelsText },
  'benefits.ui.showMore': { label: '“Read more” button' },
  'benefits.ui.showLess': { label: '“Show less” button' },
  'benefits.items': { label: 'Benefits', item: 'benefit' },
  'benefits.items[].id': { label: 'Id' },
  'benefits.items[].title': { label: 'Benefit' },
  'benefits.items[].summary': { label: 'Summary', hint: 'One short line.' },
  'benefits.items[].details': { label: 'Details', long: true },

  techniques: { label: 'Techniques' },
  'techniques.title': { label: 'Heading' },
  'techniques.ui': { label: labelsText },
  'techniques.ui.goalsLegend': { label: 'Question above the goals' },
  'techniques.ui.pressureLegend': { label: 'Question above the pressures' },
  'techniques.ui.reasonGoals': { label: 'Reason: matching goals', hint: '{goals} is replaced by the goals.' },
  'techniques.ui.reasonPressure': {
    label: 'Reason: matching pressure',
    hint: '{pressure} is replaced by the pressure.',
  },
  'techniques.ui.reasonNone': { label: 'Reason: no match' },
  'techniques.ui.pressureLabel': { label: '“Pressure” label' },
  'techniques.ui.bestForLabel': { label: '“Best for” label' },
  'techniques.ui.noteLabel': { label: '“Good to know” label' },
  'techniques.ui.book': { label: 'Booking button' },
  'techniques.ui.choose': { label: '“Choose” button' },
  'techniques.ui.advisedAgainst': { label: '“Not advised” mark' },
  'techniques.ui.pressures': { label: 'Pressure names' },
  'techniques.ui.pressures.gentle': { label: 'Gentle' },
  'techniques.ui.pressures.medium': { label: 'Medium' },
  'techniques.ui.pressures.firm': { label: 'Firm' },
  'techniques.ui.pressures.any': { label: 'No preference' },
  'techniques.ui.matches': { label: 'Match count', hint: '{count} is replaced by the number.' },
  'techniques.ui.matches.other': { label: 'Any other count' },
  'techniques.ui.matches.zero': { label: 'Zero', hint: 'Used when the language’s plural rules pick “zero”.' },
  'techniques.ui.matches.one': { label: 'One', hint: 'Used when the language’s plural rules pick “one”.' },
  'techniques.ui.matches.two': { label: 'Two', hint: 'Used when the language’s plural rules pick “two”.' },
  'techniques.ui.matches.few': { label: 'Few', hint: 'Used when the language’s plural rules pick “few”.' },
  'techniques.ui.matches.many': { label: 'Many', hint: 'Used when the language’s plural rules pick “many”.' },
  'techniques.ui.keepLabelCase': {
    label: 'Keep capitals of goal names inside reasons',
    hint: 'For languages whose nouns keep their capital, such as German.',
  },
  'techniques.ui.reasonSeparator': { label: 'Between two reasons', hint: 'Default: “; ”.' },
  'techniques.goals': { label: 'Goals a visitor can pick', item: 'goal' },
  'techniques.goals[].id': { label: 'Id' },
  'techniques.goals[].label': { label: 'Goal' },
  'techniques.items': { label: 'Techniques', item: 'technique' },
  'techniques.items[].id': { label: 'Id' },
  'techniques.items[].name': { label: 'Name' },
  'techniques.items[].description': { label: 'Description', long: true },
  'techniques.items[].bestFor': { label: 'Best for' },
  'techniques.items[].pressure': { label: 'Pressure' },
  'techniques.items[].note': { label: 'Good to know', hint: 'Optional.', long: true },
  'techniques.items[].goals': { label: 'Goals it serves', ref: 'techniques.goals' },

  precautions: {
    label: 'Precautions',
    hint: 'Health guidance: change it only with the advice of a qualified professional.',
  },
  'precautions.title': { label: 'Heading' },
  'precautions.intro': { label: 'Introduction', long: true },
  'precautions.disclaimer': { label: 'Disclaimer', long: true },
  'precautions.ui': { label: labelsText },
  'precautions.ui.conditionsLegend': { label: 'Question above the conditions' },
  'precautions.ui.none': { label: '“None of these” option' },
  'precautions.ui.techniqueLabel': { label: 'Technique select label' },
  'precautions.ui.anyTechnique': { label: '“Any technique” option' },
  'precautions.ui.reasonsHeading': { label: 'Heading above the reasons' },
  'precautions.verdicts': { label: 'Verdicts' },
  'precautions.verdicts.ok': { label: 'Fine' },
  'precautions.verdicts.ok.title': { label: 'Title' },
  'precautions.verdicts.ok.advice': { label: 'Advice', long: true },
  'precautions.verdicts.consult': { label: 'Consult a provider first' },
  'precautions.verdicts.consult.title': { label: 'Title' },
  'precautions.verdicts.consult.advice': { label: 'Advice', long: true },
  'precautions.verdicts.avoid-intense': { label: 'Avoid intense massage' },
  'precautions.verdicts.avoid-intense.title': { label: 'Title' },
  'precautions.verdicts.avoid-intense.advice': { label: 'Advice', long: true },
  'precautions.conditions': { label: 'Health conditions', item: 'condition' },
  'precautions.conditions[].id': { label: 'Id' },
  'precautions.conditions[].label': { label: 'Condition' },
  'precautions.rules': { label: 'Rules', item: 'rule' },
  'precautions.rules[].id': { label: 'Id' },
  'precautions.rules[].reason': { label: 'Reason shown', long: true },
  'precautions.rules[].conditions': { label: 'When one of these is ticked', ref: 'precautions.conditions' },
  'precautions.rules[].techniques': { label: 'Only for these techniques', ref: 'techniques.items' },
  'precautions.rules[].verdict': { label: 'Verdict' },
  'precautions.rules[].advisesAgainst': { label: 'Advises against', ref: 'techniques.items' },

  selfMassage: { label: 'Self-massage' },
  'selfMassage.title': { label: 'Heading' },
  'selfMassage.intro': { label: 'Introduction', long: true },
  'selfMassage.ui': { label: labelsText },
  'selfMassage.ui.stepOf': { label: 'Progress', hint: '{current} and {total} are replaced.' },
  'selfMassage.ui.previous': { label: '“Back” button' },
  'selfMassage.ui.next': { label: '“Next” button' },
  'selfMassage.ui.finish': { label: '“Finish” button' },
  'selfMassage.ui.restart': { label: '“Start again” button' },
  'selfMassage.ui.start': { label: '“Start timer” button' },
  'selfMassage.ui.pause': { label: '“Pause” button' },
  'selfMassage.ui.resume': { label: '“Resume” button' },
  'selfMassage.ui.timeLeft': { label: 'Time left', hint: '{time} is replaced.' },
  'selfMassage.ui.timeUp': { label: '“Time’s up” message' },
  'selfMassage.ui.suggestedDuration': { label: 'Suggested duration', hint: '{time} is replaced.' },
  'selfMassage.ui.complete': { label: '“Routine complete” message' },
  'selfMassage.ui.toolsHeading': { label: 'Heading above the tools' },
  'selfMassage.steps': { label: 'Steps', item: 'step' },
  'selfMassage.steps[].id': { label: 'Id' },
  'selfMassage.steps[].title': { label: 'Step title' },
  'selfMassage.steps[].instruction': { label: 'Instruction', long: true },
  'selfMassage.steps[].illustration': {
    label: 'Picture description',
    hint: 'Read aloud to visitors who cannot see the picture.',
  },
  'selfMassage.steps[].durationSeconds': { label: 'Suggested seconds', hint: 'Optional.' },
  'selfMassage.tools': { label: 'Tools that help', item: 'tool' },
  'selfMassage.tools[].id': { label: 'Id' },
  'selfMassage.tools[].name': { label: 'Tool' },
  'selfMassage.tools[].use': { label: 'How it helps' },

  therapist: { label: 'After the routine', hint: 'Shown when the visitor completes the self-massage.' },
  'therapist.title': { label: 'Heading' },
  'therapist.intro': { label: 'Introduction', long: true },
  'therapist.closing': { label: 'Closing line', long: true },
  'therapist.tips': { label: 'Tips for choosing a therapist', item: 'tip' },
  'therapist.tips[].id': { label: 'Id' },
  'therapist.tips[].text': { label: 'Tip', long: true },

  faq: { label: 'Questions and answers' },
  'faq.title': { label: 'Heading' },
  'faq.ui': { label: labelsText },
  'faq.ui.searchLabel': { label: 'Search box label' },
  'faq.ui.empty': { label: 'No results', hint: '{query} is replaced by what the visitor typed.' },
  'faq.ui.clear': { label: '“Clear search” button' },
  'faq.ui.count': { label: 'Result count', hint: '{count} and {total} are replaced.' },
  'faq.ui.count.other': { label: 'Any other count' },
  'faq.ui.count.zero': { label: 'Zero', hint: 'Used when the language’s plural rules pick “zero”.' },
  'faq.ui.count.one': { label: 'One', hint: 'Used when the language’s plural rules pick “one”.' },
  'faq.ui.count.two': { label: 'Two', hint: 'Used when the language’s plural rules pick “two”.' },
  'faq.ui.count.few': { label: 'Few', hint: 'Used when the language’s plural rules pick “few”.' },
  'faq.ui.count.many': { label: 'Many', hint: 'Used when the language’s plural rules pick “many”.' },
  'faq.items': { label: 'Questions', item: 'question' },
  'faq.items[].id': { label: 'Id' },
  'faq.items[].question': { label: 'Question' },
  'faq.items[].answer': { label: 'Answer', long: true },
};

/** The label of a pattern, or a readable fallback from its key. */
export const labelOf = (pattern: string): Label =>
  labels[pattern] ?? { label: pattern.slice(pattern.lastIndexOf('.') + 1) };

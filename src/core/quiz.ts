/**
 * "OKR or KPI?": the four questions practitioners ask of a statement, and the verdict their
 * answers give, with the reason in the answers' own words. Pure, so the sidebar runs it as
 * the user clicks.
 */

export type QuizSide = 'okr' | 'kpi';

export interface QuizQuestion {
  id: 'purpose' | 'control' | 'cadence' | 'conversation';
  question: string;
  /** The answer for each side, as the sidebar offers it and the reason quotes it. */
  answers: Record<QuizSide, string>;
}

export const QUIZ_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'purpose',
    question: 'What is it for?',
    answers: { okr: 'to change something', kpi: 'to keep something healthy' },
  },
  {
    id: 'control',
    question: 'Can the team move it directly this quarter?',
    answers: { okr: 'the team can move it this quarter', kpi: 'it is an outcome to watch' },
  },
  {
    id: 'cadence',
    question: 'For how long?',
    answers: {
      okr: 'a time-boxed push, such as a quarter',
      kpi: 'ongoing, as long as the business runs',
    },
  },
  {
    id: 'conversation',
    question: 'What conversation does it start?',
    answers: { okr: '"how do we get there?"', kpi: '"is anything wrong?"' },
  },
];

export type QuizAnswers = Partial<Record<QuizQuestion['id'], QuizSide>>;

export interface QuizVerdict {
  side: QuizSide;
  /** One sentence built from the answers. */
  reason: string;
}

/**
 * The side most answers take. With two each, purpose decides: whether the aim is to change
 * something or keep it healthy is the first and strongest of the four tests. Null until all
 * four are answered.
 */
export function quizVerdict(answers: QuizAnswers): QuizVerdict | null {
  const given = QUIZ_QUESTIONS.map((question) => ({ question, side: answers[question.id] }));
  if (given.some(({ side }) => side === undefined)) return null;
  const okrCount = given.filter(({ side }) => side === 'okr').length;
  const purpose = answers.purpose as QuizSide;
  const side: QuizSide = okrCount > 2 ? 'okr' : okrCount < 2 ? 'kpi' : purpose;
  const agreeing = given.filter((answer) => answer.side === side);
  const what =
    side === 'okr'
      ? 'an OKR (a key result to push this quarter)'
      : 'a KPI (a metric to keep in its band)';
  const because = agreeing.map(({ question }) => question.answers[side]).join('; ');
  const count = agreeing.length === 4 ? 'All four answers' : `${agreeing.length} of 4 answers`;
  const tie = agreeing.length === 2 ? ', and purpose decides a tie' : '';
  return { side, reason: `${count} make it ${what}: ${because}${tie}.` };
}

/**
 * OKR or KPI?: the four questions practitioners ask of a statement (src/core/quiz.ts), the
 * verdict with its reason as the answers come in, and a button that carries the statement to
 * the panel where it belongs.
 */
import { QUIZ_QUESTIONS, type QuizAnswers, type QuizSide, quizVerdict } from '../../src/core/quiz';
import { button, el, uid } from '../dom';
import { statementText } from '../drafts';
import { field, textArea } from '../form';
import { kindBadge } from '../hints';
import { badgeView, panelRoot } from './common';
import type { Panel } from './panel';

const SIDES: readonly QuizSide[] = ['okr', 'kpi'];

const VERDICTS: Record<QuizSide, { title: string; carry: string }> = {
  okr: { title: 'Verdict: an OKR', carry: 'Use as a key result in Plan an OKR' },
  kpi: { title: 'Verdict: a KPI', carry: 'Use as a KPI in Add a KPI' },
};

/** Where the statement goes: the field it was put in, to focus. */
export type Carry = (side: QuizSide, statement: string) => void;

export function quizPanel(carry: Carry): Panel {
  const badge = badgeView();
  const statement = field('Statement', textArea(), {
    lines: 2,
    aside: badge.root,
    hint: 'A key result or KPI you are unsure of, e.g. "Monthly churn under 3%".',
  });
  const answers: QuizAnswers = {};
  const groups = QUIZ_QUESTIONS.map((question, index) => {
    const name = uid(question.id);
    const radios = SIDES.map((side) => {
      const input = el('input', { type: 'radio', name, value: side });
      input.addEventListener('change', () => {
        answers[question.id] = side;
        refreshVerdict();
      });
      return el('label', { class: 'choice' }, input, question.answers[side]);
    });
    return el(
      'fieldset',
      { class: 'question' },
      el('legend', {}, `${index + 1}. ${question.question}`),
      ...radios,
    );
  });

  const verdictTitle = el('p', { class: 'verdict-title' });
  const verdictReason = el('p', {});
  const carryButton = button('', () => {
    const verdict = quizVerdict(answers);
    const text = statementText(statement.control.value);
    if (!verdict) return;
    if (text === '') {
      statement.error('Type the statement first, so there is something to carry over.');
      statement.control.focus();
      return;
    }
    carry(verdict.side, text);
  });
  carryButton.hidden = true;
  const verdictBox = el('div', { class: 'verdict', role: 'status' }, verdictTitle, verdictReason);

  function refreshVerdict(): void {
    const verdict = quizVerdict(answers);
    const answered = Object.keys(answers).length;
    verdictBox.className = verdict ? `verdict side-${verdict.side}` : 'verdict';
    verdictTitle.textContent = verdict
      ? VERDICTS[verdict.side].title
      : `${answered} of ${QUIZ_QUESTIONS.length} answered`;
    verdictReason.textContent = verdict
      ? verdict.reason
      : 'Answer all four for a verdict and the reason for it.';
    carryButton.hidden = !verdict;
    if (verdict) carryButton.textContent = VERDICTS[verdict.side].carry;
  }

  statement.control.addEventListener('input', () => {
    const found = kindBadge(statement.control.value, 'KEY RESULT');
    // The wording's first impression; the answers decide.
    badge.set(found && { ...found, tone: 'neutral' });
  });
  refreshVerdict();

  return {
    id: 'quiz',
    title: 'OKR or KPI?',
    root: panelRoot(
      'OKR or KPI?',
      'Is it a change to push this quarter, or a level to keep healthy? Four questions decide.',
      statement.root,
      ...groups,
      verdictBox,
      el('div', { class: 'actions' }, carryButton),
    ),
  };
}

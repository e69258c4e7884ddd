import { statementKind } from '../../core/statements/classify';
import { readText } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'OKRKIND',
  summary:
    'What a statement really is: OBJECTIVE (qualitative, no number), KEY RESULT (moves a metric from one level to another), KPI (a level to keep or a metric to watch) or TASK (effort, not a result).',
  params: [{ name: 'text', description: 'The statement, or a range of them.', read: readText }],
  returns: 'OBJECTIVE, KEY RESULT, KPI or TASK; blank for a blank or empty cell.',
  example: { formula: '=OKRKIND("Churn under 3%")', result: 'KPI' },
  compute: (text) => (text === null ? '' : statementKind(text)),
});

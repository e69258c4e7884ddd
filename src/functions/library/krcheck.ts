import { keyResultProblems } from '../../core/statements/lint';
import { readText } from '../coerce';
import { customFunction } from '../declare';
import { findings } from '../findings';

export default customFunction({
  name: 'KRCHECK',
  summary:
    'Checks a key result: OK, or its problems joined by "; " from: task, not an outcome; no number; no baseline; no target; a level to keep: a KPI, not a change; empty.',
  params: [
    { name: 'text', description: 'The key result as written, or a range of them.', read: readText },
  ],
  returns: 'OK, or the problems found, blank for a blank cell.',
  example: { formula: '=KRCHECK("Increase website traffic by 20%")', result: 'no baseline' },
  compute: (text) => findings(text, keyResultProblems),
});

import { objectiveProblems } from '../../core/statements/lint';
import { readText } from '../coerce';
import { customFunction } from '../declare';
import { findings } from '../findings';

export default customFunction({
  name: 'OBJCHECK',
  summary:
    'Checks an objective: OK, or its problems joined by "; " from: empty; has a number; too long (over 20 words); not a direction (a task or deliverable, or the bare name of a metric).',
  params: [
    { name: 'text', description: 'The objective as written, or a range of them.', read: readText },
  ],
  returns: 'OK, or the problems found, blank for a blank cell.',
  example: { formula: '=OBJCHECK("Grow revenue 20% in EMEA")', result: 'has a number' },
  compute: (text) => findings(text, objectiveProblems),
});

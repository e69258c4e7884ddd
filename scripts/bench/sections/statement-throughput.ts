/**
 * Section: how many statements per second OKRKIND and KRCHECK get through. They run regular
 * expressions over text, so they are the slowest functions per row; the core-only rows show how
 * much of that is the rules themselves rather than the sheet layer around them.
 */
import { statementKind } from '../../../src/core/statements/classify';
import { keyResultProblems } from '../../../src/core/statements/lint';
import KRCHECK from '../../../src/functions/library/krcheck';
import OKRKIND from '../../../src/functions/library/okrkind';
import { measure } from '../measure';
import type { Section } from '../section';
import { STATEMENT_MIX_IN_WORDS, STATEMENT_TEMPLATE_COUNT } from '../statements';
import { formatCount, formatMs } from '../table';
import type { Workload } from '../workload';

interface ThroughputCase {
  name: string;
  via: string;
  check: () => unknown;
}

function throughputCases({ statements }: Workload): ThroughputCase[] {
  return [
    {
      name: 'OKRKIND',
      via: 'one call over the column',
      check: () => OKRKIND(statements.cells),
    },
    {
      name: 'OKRKIND',
      via: 'core only: statementKind per text',
      check: () => statements.texts.map(statementKind),
    },
    {
      name: 'KRCHECK',
      via: 'one call over the column',
      check: () => KRCHECK(statements.cells),
    },
    {
      name: 'KRCHECK',
      via: 'core only: keyResultProblems per text',
      check: () => statements.texts.map((text) => keyResultProblems(text)),
    },
  ];
}

export const statementThroughput: Section = {
  title: 'Statements per second: OKRKIND and KRCHECK (src/, in process)',
  run(workload) {
    const { texts } = workload.statements;
    const rows = throughputCases(workload).map(({ name, via, check }) => {
      const { medianMs } = measure(check);
      const perSecond = texts.length / (medianMs / 1000);
      return [
        name,
        via,
        formatMs(medianMs),
        formatCount(perSecond),
        ((1000 * medianMs) / texts.length).toFixed(2),
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'measured' },
        { header: 'ms', align: 'right' },
        { header: 'statements / s', align: 'right' },
        { header: 'µs / statement', align: 'right' },
      ],
      rows,
      notes: [
        `${formatCount(texts.length)} statements (${STATEMENT_MIX_IN_WORDS}) from ` +
          `${STATEMENT_TEMPLATE_COUNT} templates with generated figures and names: ` +
          `${formatCount(new Set(texts).size)} distinct texts.`,
      ],
    };
  },
};

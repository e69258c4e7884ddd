import { readNumber } from './coerce';
import type { ParamDeclaration } from './declare';

/** A KPI's healthy band, as KPIBAND and KPIDRIFT both take it: either bound may be blank. */
export const LOW_BOUND = {
  name: 'low',
  description: 'The lowest healthy value; blank when there is no lower bound.',
  read: readNumber,
} as const satisfies ParamDeclaration<number>;

export const HIGH_BOUND = {
  name: 'high',
  description: 'The highest healthy value; blank when there is no upper bound.',
  read: readNumber,
} as const satisfies ParamDeclaration<number>;

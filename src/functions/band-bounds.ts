import { readBandBound } from './coerce';
import type { ParamDeclaration } from './declare';

/** A KPI's healthy band, as KPIBAND and KPIDRIFT both take it: either bound may be blank. */
export const LOW_BOUND = {
  name: 'low',
  description:
    'The lowest healthy value (35% or "at least 35%"); blank when there is no lower bound.',
  read: readBandBound('low'),
} as const satisfies ParamDeclaration<number>;

export const HIGH_BOUND = {
  name: 'high',
  description: 'The highest healthy value (3% or "under 3%"); blank when there is no upper bound.',
  read: readBandBound('high'),
} as const satisfies ParamDeclaration<number>;

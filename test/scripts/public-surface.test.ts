import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublicSurfaceError, readPublicSurface } from '../../scripts/public-surface';
import { functionReference, topLevelStubs } from '../../scripts/stubs';
import { PUBLIC_NAMES } from '../public-names';

const fixture = (name: string) =>
  path.join(import.meta.dirname, '../fixtures/surface', `${name}.ts`);

describe('readPublicSurface refuses custom functions Sheets could not document', () => {
  it.each([
    ['no-doc', 'NODOC: custom function has no JSDoc description'],
    ['wrong-param', 'WRONGPARAM: @param names (amount) do not match its parameters (value)'],
    ['private-name', 'HALF_: a public name cannot end in "_"'],
    ['not-a-function', 'notAFunction: only functions can be public'],
  ])('%s fails naming the function', (name, message) => {
    const read = () => readPublicSurface(fixture(name));
    expect(read).toThrow(PublicSurfaceError);
    expect(read).toThrow(message);
  });
});

describe('the stubs and the sidebar reference', () => {
  const surface = readPublicSurface(path.join(import.meta.dirname, '../../src/server.ts'));

  it('list exactly the names src/server.ts exports', () => {
    const stubs = topLevelStubs(surface);
    const declared = [...stubs.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    expect(declared.sort()).toEqual(PUBLIC_NAMES);
  });

  it('give each custom function a signature with optional parameters bracketed', () => {
    expect(functionReference(surface).map((fn) => fn.signature)).toEqual([
      'KPIBAND(value, low, high, [watch])',
      'KPIDRIFT(history, low, high, [periods])',
      'KRCHECK(text)',
      'OBJCHECK(text)',
      'OKRKIND(text)',
      'OKRPACE(start, end, [as_of])',
      'OKRROLLUP(objectives, scores, [weights])',
      'OKRSCORE(current, baseline, target)',
      'OKRSTATUS(score, [type], [elapsed])',
    ]);
  });
});

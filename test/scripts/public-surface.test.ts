import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../scripts/custom-functions';
import { PublicSurfaceError, readPublicSurface } from '../../scripts/public-surface';
import { functionReference, topLevelStubs } from '../../scripts/stubs';
import { publicNames } from '../public-names';

const fixture = (name: string) =>
  path.join(import.meta.dirname, '../fixtures/surface', `${name}.ts`);

describe('readPublicSurface refuses server functions Apps Script could not call', () => {
  it.each([
    ['private-name', 'HALF_: a public name cannot end in "_"'],
    ['not-a-function', 'notAFunction: only functions can be public'],
  ])('%s fails naming the function', (name, message) => {
    const read = () => readPublicSurface(fixture(name));
    expect(read).toThrow(PublicSurfaceError);
    expect(read).toThrow(message);
  });
});

describe('loadLibrary', () => {
  it('refuses a declaration whose name is not its file name', async () => {
    await expect(
      loadLibrary(path.join(import.meta.dirname, '../fixtures/library-misnamed')),
    ).rejects.toThrow('okrtwice.ts declares OKRDOUBLE: name it OKRTWICE or rename the file');
  });
});

describe('the stubs and the sidebar reference', () => {
  const serverFunctions = readPublicSurface(path.join(import.meta.dirname, '../../src/server.ts'));

  it('declare exactly the server functions and the custom functions', async () => {
    const docs = (await loadLibrary()).map(({ customFunction }) => customFunction.doc);
    const stubs = topLevelStubs(serverFunctions, docs);
    const declared = [...stubs.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    const { server, custom } = await publicNames();
    expect(declared.sort()).toEqual([...server, ...custom].sort());
  });

  it('give each custom function a signature with optional parameters bracketed', async () => {
    const docs = (await loadLibrary()).map(({ customFunction }) => customFunction.doc);
    const signatures = functionReference(docs).map((fn) => fn.signature);
    expect(signatures).toContain('KPIBAND(value, low, high, [watch])');
    expect(signatures).toContain('OKRSTATUS(score, [type], [elapsed])');
    expect(signatures).toContain('OKRPACE(start, end, as_of)');
    expect(signatures).toEqual([...signatures].sort());
  });
});

/**
 * Every custom function is one declaration file in src/functions/library/ (its default export).
 * This is the only place that lists them: the build, the README check and the tests all ask
 * here, so adding a function is adding its file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CustomFunction } from '../src/functions/declare';

export const LIBRARY = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/functions/library',
);

export interface CustomFunctionModule {
  file: string;
  customFunction: CustomFunction;
}

/** The declaration files, in name order so the build's output is stable. */
export function libraryFiles(library = LIBRARY): string[] {
  return readdirSync(library)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => path.join(library, file));
}

/**
 * Loads every declaration. A file must default-export a custom function named after the file
 * (okrscore.ts declares OKRSCORE), so a function is found where its name says.
 */
export async function loadLibrary(library = LIBRARY): Promise<CustomFunctionModule[]> {
  const modules: CustomFunctionModule[] = [];
  for (const file of libraryFiles(library)) {
    const loaded: { default?: CustomFunction } = await import(pathToFileURL(file).href);
    const customFunction = loaded.default;
    const expected = path.basename(file, '.ts').toUpperCase();
    if (typeof customFunction !== 'function' || !customFunction.doc) {
      throw new Error(`${file} must default-export customFunction({...})`);
    }
    if (customFunction.doc.name !== expected) {
      throw new Error(
        `${file} declares ${customFunction.doc.name}: name it ${expected} or rename the file`,
      );
    }
    modules.push({ file, customFunction });
  }
  return modules;
}

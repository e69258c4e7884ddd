/**
 * The child process of isolated.ts: generates the shared workload (same seed, same data),
 * measures one column case on the shipped bundle, and prints its figures as one JSON line.
 */

import { loadLibrary } from './library';
import { columnCases, measureColumnCase } from './sections/column-calls';
import { generateWorkload } from './workload';

const caseName = process.argv[2];
const library = await loadLibrary();
const columnCase = columnCases(generateWorkload(), library).find((each) => each.name === caseName);
if (!columnCase) throw new Error(`no benchmark case named ${caseName}`);
console.log(JSON.stringify(measureColumnCase(columnCase)));

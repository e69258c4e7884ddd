/**
 * `npm start`: builds dist/ and says what to do with it. (The local preview on a HyperFormula
 * sheet replaces this once dev/ exists.)
 */
import path from 'node:path';
import { build, DIST } from './build';

const { sizes } = await build();
console.log(`Built the add-on into ${DIST}:`);
for (const [file, size] of Object.entries(sizes)) {
  console.log(`  ${path.join('dist', file)}  ${(size / 1024).toFixed(1)} KB`);
}
console.log('  dist/appsscript.json');
console.log('\nTo try it on a spreadsheet: set scriptId in .clasp.json, run "npx clasp login",');
console.log('then "npm run deploy" (README: "Install it on a real spreadsheet").');

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../scripts/custom-functions';
import { currentTable, README, tableInReadme } from '../../scripts/readme';
import { signature } from '../../src/functions/reference-text';

const readme = readFileSync(README, 'utf8');

describe("the README's function reference", () => {
  it('holds the table generated from the declarations (run "npm run readme" to refresh it)', async () => {
    expect(tableInReadme(readme)).toBe(await currentTable());
  });

  it('heads its sections with signatures the functions really have', async () => {
    const signatures = (await loadLibrary()).map(({ customFunction }) =>
      signature(customFunction.doc),
    );
    const headings = [...readme.matchAll(/^### ([A-Z]+\(.*\))$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(signatures).toContain(heading);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../scripts/custom-functions';
import { BLOCKS, blockInReadme, README } from '../../scripts/readme';
import { signature } from '../../src/functions/reference-text';

const readme = readFileSync(README, 'utf8');

describe("the README's generated blocks", () => {
  it.each(BLOCKS.map((block) => [block.name, block] as const))(
    '%s is what the code says (run "npm run readme" to refresh it)',
    async (_name, block) => {
      expect(blockInReadme(readme, block.name)).toBe(await block.render());
    },
  );
});

describe("the README's function reference", () => {
  it('heads its sections with signatures the functions really have', async () => {
    const signatures = (await loadLibrary()).map(({ customFunction }) =>
      signature(customFunction.doc),
    );
    const headings = [...readme.matchAll(/^### ([A-Z]+\(.*\))$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(signatures).toContain(heading);
  });
});

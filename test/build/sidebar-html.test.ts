import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../../scripts/build';
import { loadLibrary } from '../../scripts/custom-functions';
import { signature } from '../../src/functions/reference-text';

const sidebar = () => readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  it('is one self-contained file: inline style and script, nothing loaded from elsewhere', () => {
    const html = sidebar();
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|<!-- inline:/);
  });

  it('carries the reference of every custom function, generated from its declaration', async () => {
    const html = sidebar();
    for (const { customFunction } of await loadLibrary()) {
      const { doc } = customFunction;
      expect(html, doc.name).toContain(signature(doc));
      expect(html, doc.name).toContain(doc.example.formula);
    }
    expect(html).toContain('KPIBAND(value, low, high, [watch])');
  });
});

describe('sidebar sources', () => {
  it('never put text into the page as markup', () => {
    for (const file of readdirSync(path.join(ROOT, 'sidebar')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(ROOT, 'sidebar', file), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});

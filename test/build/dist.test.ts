import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/build';
import { loadLibrary } from '../../scripts/custom-functions';
import { paramHelp } from '../../src/functions/reference-text';
import { publicNames } from '../public-names';

/** Every Google service a script could reach for; touching any of them at load time throws. */
const GOOGLE_SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'CacheService',
  'Utilities',
  'UrlFetchApp',
  'DriveApp',
  'CardService',
  'Browser',
  'Logger',
];

function forbiddenService(name: string): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`${name}.${String(property)} was used while loading Code.js`);
      },
    },
  );
}

const code = () => readFileSync(path.join(DIST, 'Code.js'), 'utf8');
let context: vm.Context;

beforeAll(() => {
  context = vm.createContext(
    Object.fromEntries(GOOGLE_SERVICES.map((name) => [name, forbiddenService(name)])),
  );
  // Apps Script evaluates each file as a classic script in one global scope.
  vm.runInContext(code(), context, { filename: 'Code.js' });
});

describe('dist/Code.js as Apps Script loads it', () => {
  it('loads without calling any Google service, and defines one namespace', () => {
    expect(typeof context.OkrKpi).toBe('object');
  });

  it('makes every server function and every custom function a top-level function', async () => {
    const { server, custom } = await publicNames();
    expect(server).toEqual(expect.arrayContaining(['onInstall', 'onOpen']));
    expect(custom).toContain('OKRSCORE');
    // The bundle is minified with short lines, so an inner function can start a line too: the
    // top-level ones are the generated stubs after the bundle.
    const [bundle = '', stubs = ''] = code().split(
      '// Top-level functions Apps Script and Sheets can see.',
    );
    expect(bundle).toMatch(/^var OkrKpi=\(\(\)=>\{/m);
    const topLevel = [...stubs.matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
    expect(topLevel.sort()).toEqual([...server, ...custom].sort());
    for (const name of topLevel) expect(typeof context[name as string], name).toBe('function');
  });

  it('puts the JSDoc Sheets reads right above each custom function, with real parameter names', async () => {
    for (const { customFunction } of await loadLibrary()) {
      const { doc: fn } = customFunction;
      const params = fn.params.map((param) => param.name);
      const doc = new RegExp(
        `/\\*\\*\\n \\* ${escapeRegExp(fn.summary)}\\n \\*\\n` +
          fn.params
            .map(
              (param) => ` \\* @param \\{\\*\\} ${param.name} ${escapeRegExp(paramHelp(param))}\\n`,
            )
            .join('') +
          ` \\* @return ${escapeRegExp(fn.returns)}\\n \\* @customfunction\\n \\*/\\n` +
          `function ${fn.name}\\(${params.join(', ')}\\) \\{\\n  return OkrKpi\\.${fn.name}\\(${params.join(', ')}\\);\\n\\}`,
      );
      expect(code(), fn.name).toMatch(doc);
    }
  });

  it('scores a 2D range through the top-level OKRSCORE', () => {
    const scores = vm.runInContext(
      'OKRSCORE([[0.03], [0.06], [""], [true]], [[0.05], [0.05], [0.05], [""]], 0.02)',
      context,
    );
    expect(scores).toHaveLength(4);
    expect(scores[0][0]).toBeCloseTo(0.667, 3);
    expect(scores.slice(1)).toEqual([[0], [''], [1]]);
    expect(vm.runInContext('KPIBAND(0.36, 0.35, "", 0.02)', context)).toBe('WATCH');
  });

  it('builds the add-on menu under AuthMode.NONE with a handler that is a top-level function', () => {
    const items: [string, string][] = [];
    const menu = {
      addItem(caption: string, handler: string) {
        items.push([caption, handler]);
        return menu;
      },
      addToUi: () => undefined,
    };
    const menuContext = vm.createContext({
      ...Object.fromEntries(GOOGLE_SERVICES.map((name) => [name, forbiddenService(name)])),
      SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) },
    });
    vm.runInContext(code(), menuContext);
    vm.runInContext('onOpen({ authMode: "NONE" }); onInstall({ authMode: "NONE" })', menuContext);
    const menuItems = [
      ['Plan an OKR', 'showPlanOkr'],
      ['Add a KPI', 'showAddKpi'],
      ['OKR or KPI?', 'showOkrOrKpi'],
      ['Set up OKR & KPI sheets', 'menuSetUpSheets'],
      ['Use my existing sheet', 'showUseExistingSheet'],
      ['Refresh formatting', 'menuRefreshFormatting'],
      ['Function help', 'showSidebar'],
    ];
    expect(items).toEqual([...menuItems, ...menuItems]);
    for (const [, handler] of menuItems)
      expect(typeof menuContext[handler as string]).toBe('function');
  });
});

describe('dist/appsscript.json', () => {
  it('runs on V8 and asks for exactly the two least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('dist/Code.js with values from another realm', () => {
  it('reads Dates made outside its context as dates (the local engine passes them so)', () => {
    const start = new Date(2026, 9, 1);
    const end = new Date(2026, 11, 31);
    context.start = start;
    context.end = end;
    context.asOf = new Date(2026, 10, 15, 12);
    expect(vm.runInContext('OKRPACE(start, end, asOf)', context)).toBeCloseTo(45.5 / 91, 9);
  });
});

describe('what ships', () => {
  it('holds only our own code: no dev engine, HyperFormula or other dependency in dist/', () => {
    for (const file of ['Code.js', 'Sidebar.html']) {
      const shipped = readFileSync(path.join(DIST, file), 'utf8');
      expect(shipped, file).not.toMatch(/hyperformula|node_modules|LocalWorkbook|exceljs|gpl-v3/i);
    }
  });
});

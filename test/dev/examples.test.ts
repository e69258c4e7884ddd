/**
 * Every custom function's example, pasted into a cell of the local engine as a user would paste
 * it from the sidebar, computes what its declaration says: no error, no message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalWorkbook } from '../../dev/engine/workbook';
import { loadLibrary } from '../../scripts/custom-functions';
import type { CustomFunctionDoc } from '../../src/functions/declare';

const SHEET = 'Sheet1';
let docs: CustomFunctionDoc[] = [];

beforeAll(async () => {
  docs = (await loadLibrary()).map(({ customFunction }) => customFunction.doc);
});

/** How the engine, as Sheets, shows an error in a cell. */
const SHEETS_ERROR = /^#(ERROR!|REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!)/;

/** A message says what is wrong, a colon, then what to do. */
const isMessage = (value: unknown) => typeof value === 'string' && /: \w/.test(value);

/** What the example's cell and the cells it spills into hold, in its result's shape. */
function evaluate(doc: CustomFunctionDoc): unknown {
  const workbook = LocalWorkbook.create({ [SHEET]: [] });
  workbook.setContent(SHEET, 0, 0, doc.example.formula);
  const { result } = doc.example;
  if (!Array.isArray(result)) return workbook.value(SHEET, 0, 0);
  return result.map((row, rowIndex) =>
    row.map((_, columnIndex) => workbook.value(SHEET, rowIndex, columnIndex)),
  );
}

/** Numbers as precise as the example writes them: 0.667 stands for 2/3. */
function matchesResult(expected: unknown): unknown {
  if (Array.isArray(expected)) return expected.map(matchesResult);
  if (typeof expected !== 'number') return expected;
  const decimals = String(expected).split('.')[1]?.length ?? 0;
  return expect.closeTo(expected, decimals);
}

describe('every example in the function reference', () => {
  it('is declared for every custom function', () => {
    expect(docs.length).toBeGreaterThanOrEqual(9);
  });

  it('computes on the local engine what its declaration says, with no error or message', () => {
    for (const doc of docs) {
      const value = evaluate(doc);
      const cells = Array.isArray(value) ? value.flat() : [value];
      for (const cell of cells) {
        expect(String(cell), `${doc.example.formula} gives an error`).not.toMatch(SHEETS_ERROR);
        expect(isMessage(cell), `${doc.example.formula} gives the message ${cell}`).toBe(false);
        expect(cell, `${doc.example.formula} gives a blank`).not.toBe('');
      }
      expect(value, doc.example.formula).toEqual(matchesResult(doc.example.result));
    }
  });
});

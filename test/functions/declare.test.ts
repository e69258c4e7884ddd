import { describe, expect, it } from 'vitest';
import { readNumber, readText } from '../../src/functions/coerce';
import { customFunction, DeclarationError } from '../../src/functions/declare';

const halve = {
  name: 'HALVE',
  summary: 'Halves a value.',
  params: [{ name: 'value', description: 'The value to halve.', read: readNumber }],
  returns: 'Half the value.',
  example: { formula: '=HALVE(4)', result: 2 },
  compute: (value: number | null) => (value === null ? '' : value / 2),
} as const;

describe('customFunction', () => {
  it('runs the declaration over ranges and carries its documentation', () => {
    const HALVE = customFunction(halve);
    expect(HALVE([[4], [''], ['x']])).toEqual([
      [2],
      [''],
      ['value "x" is not a number: enter a number'],
    ]);
    expect(HALVE.declaration.compute).toBe(halve.compute);
    expect(HALVE.doc).toEqual({
      name: 'HALVE',
      summary: 'Halves a value.',
      params: [{ name: 'value', description: 'The value to halve.', optional: false }],
      returns: 'Half the value.',
      example: { formula: '=HALVE(4)', result: 2 },
    });
  });

  it('reads a blank or left-out argument as its default, and documents it as optional', () => {
    const GREET = customFunction({
      name: 'GREET',
      summary: 'Greets someone.',
      params: [
        { name: 'who', description: 'Who to greet.', read: readText },
        { name: 'greeting', description: 'The greeting.', read: readText, default: 'Hello' },
      ],
      returns: 'The greeting.',
      example: { formula: '=GREET("Ada")', result: 'Hello Ada' },
      compute: (who, greeting) => (who === null ? '' : `${greeting} ${who}`),
    });
    expect(GREET('Ada')).toBe('Hello Ada');
    expect(GREET([['Ada'], ['Alan']], [[''], ['Hi']])).toEqual([['Hello Ada'], ['Hi Alan']]);
    expect(GREET.doc.params[1]).toEqual({
      name: 'greeting',
      description: 'The greeting.',
      optional: true,
      default: 'Hello',
    });
  });

  it.each([
    [{ name: 'halve' }, 'halve: the name must be capitals and digits'],
    [{ summary: ' ' }, 'HALVE: no summary (Sheets shows it while typing)'],
    [
      { params: [{ name: 'Value', description: 'x', read: readNumber }] },
      'HALVE: parameter "Value" must be lower case letters, digits and _',
    ],
    [
      {
        params: [
          { name: 'value', description: 'x', read: readNumber, optional: true },
          { name: 'base', description: 'y', read: readNumber },
        ],
      },
      'HALVE: required parameter "base" follows an optional one',
    ],
    [
      {
        params: [
          { name: 'value', description: 'x', read: readNumber },
          { name: 'value', description: 'y', read: readNumber },
        ],
      },
      'HALVE: parameter "value" is declared twice',
    ],
    [{ example: { formula: '=HALF(4)', result: 2 } }, 'HALVE: the example must be a formula'],
  ])('refuses a malformed declaration, naming the function: %j', (change, message) => {
    expect(() => customFunction({ ...halve, ...change } as typeof halve)).toThrow(DeclarationError);
    expect(() => customFunction({ ...halve, ...change } as typeof halve)).toThrow(message);
  });
});

import type { CustomFunctionDoc } from '../src/functions/declare';

/** One custom function as the sidebar's reference shows it: its declaration's documentation. */
export interface FunctionReference extends CustomFunctionDoc {
  signature: string;
}

// Replaced by the build with the documentation of every custom function.
declare const __FUNCTION_REFERENCE__: FunctionReference[];

export const functionReference: FunctionReference[] = __FUNCTION_REFERENCE__;

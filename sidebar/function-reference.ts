/** One custom function as the sidebar's reference shows it, read from its JSDoc at build time. */
export interface FunctionReference {
  name: string;
  signature: string;
  description: string;
  example: string;
  params: { name: string; description: string; optional: boolean }[];
}

// Replaced by the build with the JSDoc of every custom function in src/server.ts.
declare const __FUNCTION_REFERENCE__: FunctionReference[];

export const functionReference: FunctionReference[] = __FUNCTION_REFERENCE__;

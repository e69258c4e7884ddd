/** How KRCHECK and OBJCHECK show a statement's problems: OK when there are none. */
export function findings(text: string | null, problemsOf: (text: string) => string[]): string {
  if (text === null) return '';
  return problemsOf(text).join('; ') || 'OK';
}

/** How much of a user's text a message repeats: enough to find the cell, not the whole cell. */
export const ECHO_LENGTH = 20;

/**
 * A user's text as a message quotes it: trimmed, and cut to ECHO_LENGTH characters with an
 * ellipsis. Counted in code points, so an emoji or other character outside the basic plane is
 * never cut in half (a lone surrogate shows as a broken glyph).
 */
export function echoed(text: string, length = ECHO_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= length) return trimmed;
  const characters = Array.from(trimmed.slice(0, length * 2 + 2));
  return characters.length <= length ? trimmed : `${characters.slice(0, length).join('')}…`;
}

/**
 * Builds elements with their text set through textContent only: user and cell data is never
 * markup. Shared by the sidebar and the local preview's page.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

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

/** Attributes by name; `true` sets an empty attribute, `false` and `undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * `el('p', { class: 'hint', id }, 'Some ', strong)`: an element with attributes (set with
 * setAttribute, so never markup) and children, where a string child becomes a text node.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

let lastId = 0;

/** A page-unique id, to tie a label or a message to its control. */
export function uid(prefix: string): string {
  lastId++;
  return `${prefix}-${lastId}`;
}

/** A `<button type="button">` that runs `onClick`. */
export function button(
  text: string,
  onClick: (event: MouseEvent) => void,
  attributes: Attributes = {},
): HTMLButtonElement {
  const node = el('button', { type: 'button', class: 'button', ...attributes }, text);
  node.addEventListener('click', onClick);
  return node;
}

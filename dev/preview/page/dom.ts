export { element } from '../../../sidebar/dom';

/** An element the page's HTML must have; a missing one is a bug in index.html. */
export function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`index.html has no ${type.name} #${id}`);
  return node;
}

/** Function help: the reference of every custom function, from their declarations. */
import { paramHelp, shownResult } from '../../src/functions/reference-text';
import { el, element } from '../dom';
import { type FunctionReference, functionReference } from '../function-reference';
import { panelRoot } from './common';
import type { Panel } from './panel';

/** One reference card. Text goes in through textContent only: never as markup. */
function referenceCard(fn: FunctionReference): HTMLElement {
  const card = element('section', 'function');
  card.dataset.name = fn.name;
  card.append(element('h2', '', fn.signature), element('p', '', fn.summary));
  const params = element('dl');
  for (const param of fn.params) {
    params.append(
      element('dt', '', param.optional ? `[${param.name}]` : param.name),
      element('dd', '', paramHelp(param)),
    );
  }
  const example = element('code', 'example', fn.example.formula);
  example.title = 'Click to select, then copy into a cell';
  const result = element('p', 'example-result', `gives ${shownResult(fn.example.result)}`);
  card.append(params, example, result);
  return card;
}

function matches(fn: FunctionReference, query: string): boolean {
  const haystack = `${fn.name} ${fn.summary}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export function helpPanel(): Panel {
  const filter = el('input', {
    id: 'function-filter',
    type: 'search',
    placeholder: 'e.g. score, band',
    autocomplete: 'off',
  });
  const list = el('div', { id: 'function-reference' });
  const empty = el('p', { id: 'no-match', class: 'muted', hidden: true }, 'No function matches.');
  const cards = functionReference.map((fn) => ({ fn, card: referenceCard(fn) }));
  list.replaceChildren(...cards.map(({ card }) => card));
  filter.addEventListener('input', () => {
    const query = filter.value.trim();
    let shown = 0;
    for (const { fn, card } of cards) {
      card.hidden = query !== '' && !matches(fn, query);
      if (!card.hidden) shown++;
    }
    empty.hidden = shown > 0;
  });
  return {
    id: 'help',
    title: 'Function help',
    root: panelRoot(
      'Function help',
      'Type these functions into any cell. Give a whole column as a range: one call fills it.',
      el('div', { class: 'field' }, el('label', { for: filter.id }, 'Find a function'), filter),
      list,
      empty,
    ),
  };
}

import { paramHelp, shownResult } from '../src/functions/reference-text';
import { element } from './dom';
import { type FunctionReference, functionReference } from './function-reference';

/** Builds one reference card. Text goes in through textContent only: never as markup. */
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

function showReference(list: HTMLElement, filter: HTMLInputElement, empty: HTMLElement): void {
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
}

const list = document.getElementById('function-reference');
const filter = document.getElementById('function-filter');
const empty = document.getElementById('no-match');
if (list && filter instanceof HTMLInputElement && empty) showReference(list, filter, empty);

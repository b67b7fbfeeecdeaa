import { createWindowVirtualizer } from '@tanstack/solid-virtual';
import { createEffect, createSignal, For, type JSX, onCleanup, onMount } from 'solid-js';

/**
 * A list that renders only the rows near the viewport (10,000 orders stay under 800 DOM
 * nodes). The page itself scrolls, so the list follows the window; each row tells assistive
 * technology its place in the whole list (aria-setsize / aria-posinset).
 */
export function VirtualRows<T>(props: {
  items: T[];
  label: string;
  /** Expected row height in px; real heights are measured. */
  estimate: number;
  key: (item: T) => string;
  children: (item: T) => JSX.Element;
}) {
  let list: HTMLUListElement | undefined;
  const [margin, setMargin] = createSignal(0);
  const measureMargin = () => {
    if (list) setMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
  };
  const virtualizer = createWindowVirtualizer<HTMLLIElement>({
    get count() {
      return props.items.length;
    },
    estimateSize: () => props.estimate,
    overscan: 6,
    get scrollMargin() {
      return margin();
    },
    getItemKey: (index) => {
      const item = props.items[index];
      return item === undefined ? index : props.key(item);
    },
  });
  // Rows change height after they are first measured (a badge or a lookalike tag arrives, text
  // wraps differently): re-measure on every resize so rows never overlap.
  const rowResizes = new ResizeObserver((entries) => {
    for (const entry of entries)
      if (entry.target.isConnected) virtualizer.measureElement(entry.target as HTMLLIElement);
  });
  onCleanup(() => rowResizes.disconnect());
  onMount(() => {
    measureMargin();
    const observer = new ResizeObserver(measureMargin);
    if (list?.parentElement) observer.observe(list.parentElement);
    window.addEventListener('resize', measureMargin);
    onCleanup(() => {
      observer.disconnect();
      window.removeEventListener('resize', measureMargin);
    });
  });
  return (
    <ul
      class="list virtual-list"
      aria-label={props.label}
      ref={list}
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      <For each={virtualizer.getVirtualItems()}>
        {(row) => {
          const item = () => props.items[row.index];
          let element: HTMLLIElement | undefined;
          // Effects run once the row is in the document: measure its real height (text wraps on
          // phones), again whenever it shows another item; the virtualizer observes resizes after.
          createEffect(() => {
            void item();
            if (element?.isConnected) virtualizer.measureElement(element);
          });
          onMount(() => element && rowResizes.observe(element));
          onCleanup(() => element && rowResizes.unobserve(element));
          return (
            <li
              class="row virtual-row"
              data-index={row.index}
              aria-setsize={props.items.length}
              aria-posinset={row.index + 1}
              ref={element}
              style={{ transform: `translateY(${row.start - margin()}px)` }}
            >
              {item() === undefined ? null : props.children(item() as T)}
            </li>
          );
        }}
      </For>
    </ul>
  );
}

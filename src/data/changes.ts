import { createSignal } from 'solid-js';

const [version, setVersion] = createSignal(0);

/** Bumps whenever stored data changed; live queries re-read IndexedDB when it does. */
export const dataVersion = version;

export function notifyDataChanged(): void {
  setVersion((n) => n + 1);
}

import { createRoot, createSignal } from 'solid-js';

/** The current time, ticking every 30 s so "5 minutes ago" stays true while a screen is open. */
export const now = createRoot(() => {
  const [value, setValue] = createSignal(Date.now());
  if (typeof window !== 'undefined') setInterval(() => setValue(Date.now()), 30_000);
  return value;
});

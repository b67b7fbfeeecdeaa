import { locale } from '.';

const UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** "3 hours", "2 minutes": the largest whole unit of a duration, in the consumer's language. */
export function formatDuration(ms: number): string {
  const abs = Math.max(0, ms);
  const [unit, size] = UNITS.find(([, size]) => abs >= size) ?? UNITS[UNITS.length - 1]!;
  const tag = locale() === 'es' ? 'es-ES' : 'en-GB';
  return new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.floor(abs / size));
}

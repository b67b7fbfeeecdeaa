import { Show } from 'solid-js';
import { now } from '../data/clock';
import { useLastUpdated, useLiveUpdates } from '../data/orders-live';
import { formatRelative, t } from '../i18n';

/**
 * Keeps the screen live while it is open and says how fresh it is ("saved on this phone ·
 * updated 2 minutes ago"), which matters most offline.
 */
export function LiveNote() {
  useLiveUpdates();
  const lastUpdated = useLastUpdated();
  return (
    <p class="live-note muted">
      <Show when={lastUpdated()} fallback={t('live.notSaved')}>
        {(at) => t('live.savedAt', { time: formatRelative(at(), Math.max(now(), Date.parse(at()))) })}
      </Show>
    </p>
  );
}

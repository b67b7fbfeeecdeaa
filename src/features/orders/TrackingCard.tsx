import { createSignal, createUniqueId, Show } from 'solid-js';
import type { Order } from '../../api/schemas';
import { t } from '../../i18n';

/**
 * Carrier and tracking number, copyable; the carrier's tracking page only when the backend gave
 * an https link (the schema refuses anything else, and we check again before rendering it).
 */
export function TrackingCard(props: { order: Order }) {
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  const numberId = createUniqueId();
  const trackingUrl = () => {
    const url = props.order.trackingUrl;
    return url?.startsWith('https://') ? url : null;
  };
  const copy = async (number: string) => {
    try {
      await navigator.clipboard.writeText(number);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      const field = document.getElementById(numberId);
      if (field instanceof HTMLInputElement) field.select();
    }
  };
  return (
    <section aria-labelledby="order-delivery" class="card">
      <h2 id="order-delivery">{t('order.delivery')}</h2>
      <Show when={props.order.trackingNumber} fallback={<p class="muted">{t('order.noTracking')}</p>}>
        {(number) => (
          <>
            <Show when={props.order.carrier}>
              {(carrier) => (
                <p>
                  <span class="muted">{t('order.carrier')}: </span>
                  <span class="strong">{carrier()}</span>
                </p>
              )}
            </Show>
            <label for={numberId} class="muted">
              {t('order.trackingNumber')}
            </label>
            <div class="copy-row">
              <input id={numberId} class="tracking-number" readOnly value={number()} />
              <button type="button" class="no-print" onClick={() => void copy(number())}>
                {t('order.copy')}
              </button>
            </div>
            <p role="status" class="muted copy-status">
              {copyState() === 'copied' ? t('order.copied') : copyState() === 'failed' ? t('order.copyFailed') : ''}
            </p>
            <Show when={trackingUrl()}>
              {(url) => (
                <p class="no-print">
                  <a href={url()} target="_blank" rel="noopener noreferrer external">
                    {t('order.trackLink')} <span class="visually-hidden">{t('order.opensNewTab')}</span>
                  </a>
                </p>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

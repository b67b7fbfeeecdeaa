import { createMemo, createSignal, Show } from 'solid-js';
import { receiptUrl } from '../../core/receipt-code';
import { t } from '../../i18n';
import { qrPath } from './qr';

/** A receipt link's QR code (to print or show) with its URL, copy and share. */
export function ReceiptQr(props: { code: string; businessName: string }) {
  const url = () => receiptUrl(props.code);
  const path = createMemo(() => qrPath(url()));
  const [copied, setCopied] = createSignal(false);
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <figure class="qr">
      <svg
        viewBox={`0 0 ${path().size} ${path().size}`}
        role="img"
        aria-label={t('qr.label', { name: props.businessName })}
        shape-rendering="crispEdges"
        class="qr-code"
      >
        <rect width={path().size} height={path().size} fill="#fff" />
        <path d={path().d} fill="#000" />
      </svg>
      <figcaption>
        <code class="qr-url">{url()}</code>
        <span class="qr-actions">
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(url()).then(
                () => setCopied(true),
                () => undefined,
              );
            }}
          >
            {t('qr.copy')}
          </button>
          <Show when={canShare}>
            <button
              type="button"
              class="secondary"
              onClick={() => navigator.share({ title: props.businessName, url: url() }).catch(() => undefined)}
            >
              {t('qr.share')}
            </button>
          </Show>
          <span role="status">{copied() ? t('qr.copied') : ''}</span>
        </span>
      </figcaption>
    </figure>
  );
}

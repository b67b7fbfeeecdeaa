import { useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, lazy, Show, Suspense } from 'solid-js';
import type { Business, LinkResolution } from '../../api/schemas';
import { couldImitate } from '../../data/imitations';
import { resolveWithCache } from '../../data/link-cache';
import { useBusinesses } from '../../data/queries';
import { session } from '../../data/session';
import { formatDate, formatMoney, t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { LookalikeWarning } from '../../ui/LookalikeWarning';
import { Loading } from '../../ui/states';
import { ConsentRequest } from './ConsentRequest';
import { LinkProblem } from './LinkProblem';

/** The QR encoder loads only when the visitor opens "Share or print this link". */
const ReceiptQr = lazy(() => import('./ReceiptQr').then((module) => ({ default: module.ReceiptQr })));

/**
 * `/r/:code`, the receipt-link landing: public, printed on receipts. Everything it shows comes
 * from the backend's answer for the code; the URL's query string is never read, so a forged
 * `?verification=verified&name=…` changes nothing (PRODUCT.md Principle 2).
 */
export default function ReceiptScreen() {
  const params = useParams<{ code: string }>();
  const [resolved, { refetch }] = createResource(() => params.code, resolveWithCache);
  return (
    <section class="receipt" aria-busy={resolved.loading}>
      <Show when={!resolved.loading} fallback={<Loading label={t('receipt.loading')} />}>
        <Show when={!resolved.error} fallback={<LinkProblem error={resolved.error} onRetry={refetch} />}>
          <Show when={resolved()}>{(result) => <Landing link={result().link} fromCache={result().fromCache} />}</Show>
        </Show>
      </Show>
    </section>
  );
}

/**
 * The backend's judgement (`resembles`) reaches visitors who have nothing stored; signed in,
 * the link's business is also compared with every business stored on this phone.
 */
function Warning(props: { link: LinkResolution }) {
  return (
    <Show
      when={session()}
      fallback={<LookalikeWarning business={props.link.business} imitated={props.link.resembles} />}
    >
      <SignedInWarning link={props.link} />
    </Show>
  );
}

function SignedInWarning(props: { link: LinkResolution }) {
  const businesses = useBusinesses();
  // The detector and its Unicode data (~100 KB) load on demand, never with the landing itself.
  const [found, setFound] = createSignal<Business | null>(null);
  let latestRun = 0;
  createEffect(() => {
    const business = props.link.business;
    const others = (businesses.latest ?? []).filter((b) => b.id !== business.id);
    const run = ++latestRun;
    if (!couldImitate(business, others)) return setFound(null);
    void import('../../core/lookalike').then(({ findImitatedBusiness }) => {
      if (run === latestRun) setFound(findImitatedBusiness(business, [business, ...others]));
    });
  });
  const imitated = () => found() ?? props.link.resembles ?? null;
  return <LookalikeWarning business={props.link.business} imitated={imitated()} />;
}

function Landing(props: { link: LinkResolution; fromCache: boolean }) {
  const business = () => props.link.business;
  const [sharing, setSharing] = createSignal(false);
  return (
    <article aria-labelledby="receipt-title">
      <p class="eyebrow">{t('receipt.title')}</p>
      <header class="profile-head">
        <div class="profile-title">
          <h1 id="receipt-title">{business().displayName}</h1>
          <p class="muted">{business().category}</p>
          <Badge verification={business().verification} />
        </div>
      </header>
      <Show when={props.fromCache}>
        <p class="note" role="status">
          {t('receipt.fromCache')}
        </p>
      </Show>
      <Warning link={props.link} />
      <Show when={business().verification.level === 'unconfirmed'}>
        <p class="note caution">{t('receipt.unconfirmedCaution')}</p>
      </Show>
      <Show when={props.link.order}>
        {(order) => (
          <section class="card order-summary" aria-labelledby="receipt-order">
            <h2 id="receipt-order">{t('receipt.order', { reference: order().reference })}</h2>
            <ul class="items">
              <For each={order().items}>
                {(item) => (
                  <li>
                    <span>
                      {item.quantity} × {item.name}
                    </span>
                    <span>{formatMoney({ ...item.unitPrice, amount: item.unitPrice.amount * item.quantity })}</span>
                  </li>
                )}
              </For>
            </ul>
            <p class="total">
              <span>{t('receipt.total')}</span> <strong>{formatMoney(order().total)}</strong>
            </p>
            <p class="muted">
              {t(`orderStatus.${order().status}`)} · {formatDate(order().createdAt)}
            </p>
          </section>
        )}
      </Show>
      <ConsentRequest link={props.link} />
      <details class="share" onToggle={(event) => setSharing(event.currentTarget.open)}>
        <summary>{t('qr.title')}</summary>
        <Show when={sharing()}>
          <Suspense fallback={<Loading />}>
            <ReceiptQr code={props.link.code} businessName={business().displayName} />
          </Suspense>
        </Show>
      </details>
      <Show when={props.link.expiresAt}>
        {(expires) => <p class="muted">{t('receipt.expires', { date: formatDate(expires()) })}</p>}
      </Show>
    </article>
  );
}

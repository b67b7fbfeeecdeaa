import { useParams } from '@solidjs/router';
import { createMemo, createResource, For, Show } from 'solid-js';
import type { LinkResolution } from '../../api/schemas';
import { useBusinesses } from '../../data/queries';
import { session } from '../../data/session';
import { formatDate, formatMoney, t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { Loading } from '../../ui/states';
import { LookalikeWarning } from '../trust/LookalikeWarning';
import { findImitatedBusiness } from '../trust/lookalike';
import { ReceiptQr } from '../trust/ReceiptQr';
import { ConsentRequest } from './ConsentRequest';
import { LinkProblem } from './LinkProblem';
import { resolveWithCache } from './link-cache';

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
  const imitated = createMemo(() => {
    const business = props.link.business;
    const others = (businesses.latest ?? []).filter((b) => b.id !== business.id);
    return findImitatedBusiness(business, [business, ...others]) ?? props.link.resembles ?? null;
  });
  return <LookalikeWarning business={props.link.business} imitated={imitated()} />;
}

function Landing(props: { link: LinkResolution; fromCache: boolean }) {
  const business = () => props.link.business;
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
      <details class="share">
        <summary>{t('qr.title')}</summary>
        <ReceiptQr code={props.link.code} businessName={business().displayName} />
      </details>
      <Show when={props.link.expiresAt}>
        {(expires) => <p class="muted">{t('receipt.expires', { date: formatDate(expires()) })}</p>}
      </Show>
    </article>
  );
}

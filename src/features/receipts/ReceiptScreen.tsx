import { A, useParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { resolveReceiptLink } from '../../data/links';
import { describeError, formatMoney, t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { ErrorNote, Loading } from '../../ui/states';

export default function ReceiptScreen() {
  const params = useParams<{ code: string }>();
  const [link, { refetch }] = createResource(() => params.code, resolveReceiptLink);
  return (
    <section aria-live="polite">
      <Show when={!link.loading} fallback={<Loading label={t('receipt.loading')} />}>
        <Show when={!link.error} fallback={<ErrorNote message={describeError(link.error)} onRetry={refetch} />}>
          <Show when={link()}>
            {(resolved) => (
              <article aria-labelledby="receipt-title">
                <h1 id="receipt-title">{resolved().business.displayName}</h1>
                <Badge verification={resolved().business.verification} />
                <Show when={resolved().order}>
                  {(order) => (
                    <p>
                      <A href={`/orders/${order().id}`}>{order().reference}</A> · {formatMoney(order().total)}
                    </p>
                  )}
                </Show>
                <p>{resolved().consentRequest.text}</p>
              </article>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}

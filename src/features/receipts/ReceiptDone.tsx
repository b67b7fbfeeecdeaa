import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { LinkResolution, Topic } from '../../api/schemas';
import { t } from '../../i18n';

/** What a receipt-link choice newly granted, and whether it still waits for the network. */
export type Done = { topics: Topic[]; queued: boolean };

/** The outcome of a choice: what is now allowed, where to go next, and Undo. */
export function ReceiptDone(props: { link: LinkResolution; result: Done; onUndo: () => void }) {
  const name = () => props.link.business.displayName;
  return (
    <div class="done" role="status">
      <p class="done-title">
        {props.result.topics.includes('orders')
          ? t('receipt.following', { name: name() })
          : t('receipt.allowed', { name: name() })}
      </p>
      <p>{t('receipt.allowedTopics', { topics: props.result.topics.map((x) => t(`topic.${x}`)).join(', ') })}</p>
      <Show when={props.result.queued}>
        <p class="muted">{t('receipt.queued')}</p>
      </Show>
      <p class="actions">
        <Show when={props.link.order}>{(order) => <A href={`/orders/${order().id}`}>{t('receipt.viewOrder')}</A>}</Show>
        <A href={`/b/${props.link.business.id}`}>{t('receipt.viewBusiness')}</A>
        <button type="button" class="link-button" onClick={() => props.onUndo()}>
          {t('common.undo')}
        </button>
      </p>
    </div>
  );
}

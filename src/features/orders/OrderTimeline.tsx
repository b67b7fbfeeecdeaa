import { For, Match, Switch } from 'solid-js';
import type { Business } from '../../api/schemas';
import { now } from '../../data/clock';
import type { TimelineEntry } from '../../data/order-detail';
import { formatDateTime, formatMoney, formatRelative, t } from '../../i18n';

/** The merged timeline, newest first; every text from the business is rendered as text. */
export function OrderTimeline(props: { entries: TimelineEntry[]; business: Business | undefined; reference: string }) {
  return (
    <ol class="timeline merged" aria-label={t('timeline.label', { reference: props.reference })}>
      <For each={props.entries}>
        {(entry) => (
          <li class={`tl tl-${entry.kind}`}>
            <span class="tl-mark" aria-hidden="true" />
            <div class="tl-body">
              <Switch>
                <Match when={entry.kind === 'status' && entry}>
                  {(step) => (
                    <>
                      <span class="strong">{t('timeline.status', { status: t(`orderStatus.${step().status}`) })}</span>
                      {step().note ? <p class="tl-note">{step().note}</p> : null}
                    </>
                  )}
                </Match>
                <Match when={entry.kind === 'message' && entry}>
                  {(item) => (
                    <>
                      <span class="strong">
                        {item().message.from === 'consumer'
                          ? t('timeline.fromYou')
                          : t('timeline.message', { business: props.business?.displayName ?? '' })}
                      </span>
                      <p class="tl-note">{item().message.text}</p>
                    </>
                  )}
                </Match>
                <Match when={entry.kind === 'payment' && entry}>
                  {(step) => (
                    <>
                      <a href={`/payments/${step().payment.id}`} class="strong">
                        {t('timeline.payment', {
                          amount: formatMoney(step().payment.amount),
                          status: t(`paymentStatus.${step().status}`),
                        })}
                      </a>
                      {step().note ? <p class="tl-note">{step().note}</p> : null}
                    </>
                  )}
                </Match>
              </Switch>
              <time class="muted" datetime={entry.at} title={formatDateTime(entry.at)}>
                {formatDateTime(entry.at)} · {formatRelative(entry.at, now())}
              </time>
            </div>
          </li>
        )}
      </For>
    </ol>
  );
}

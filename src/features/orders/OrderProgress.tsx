import { For, Show } from 'solid-js';
import type { Order, OrderStatus } from '../../api/schemas';
import { t } from '../../i18n';

/** The happy path an order walks; cancelled, returned and exception are explained instead. */
const STEPS: OrderStatus[] = ['placed', 'confirmed', 'shipped', 'out_for_delivery', 'delivered'];

/** A stepper: which steps are done and which is current (never colour alone: text and a mark). */
export function OrderProgress(props: { order: Order }) {
  const reached = () => {
    const seen = props.order.timeline.map((step) => STEPS.indexOf(step.status)).filter((index) => index >= 0);
    return seen.length ? Math.max(...seen) : -1;
  };
  const current = () => STEPS.indexOf(props.order.status);
  return (
    <Show when={current() >= 0}>
      <section aria-labelledby="order-progress" class="no-print">
        <h2 id="order-progress" class="visually-hidden">
          {t('order.progress')}
        </h2>
        <ol class="stepper">
          <For each={STEPS}>
            {(status, index) => (
              <li
                classList={{ done: index() <= reached(), current: index() === current() }}
                aria-current={index() === current() ? 'step' : undefined}
              >
                <span class="step-mark" aria-hidden="true">
                  {index() < current() ? '✓' : index() + 1}
                </span>
                <span class="step-label">{t(`orderStatus.${status}`)}</span>
                <span class="visually-hidden">
                  {index() === current()
                    ? ` (${t('order.stepCurrent')})`
                    : index() < current()
                      ? ` (${t('order.stepDone')})`
                      : ''}
                </span>
              </li>
            )}
          </For>
        </ol>
      </section>
    </Show>
  );
}

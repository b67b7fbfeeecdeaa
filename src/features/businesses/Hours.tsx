import { For, Show } from 'solid-js';
import type { Business } from '../../api/schemas';
import { formatClock, openState, weekdayName, weekTable } from '../../core/hours';
import { locale, t } from '../../i18n';

const tagOf = () => (locale() === 'es' ? 'es-ES' : 'en-GB');

/** "Open now — closes at 20:00" or "Closed — opens tomorrow at 09:00", in the business's zone. */
export function openSummary(business: Business, now = new Date()): string {
  const tag = tagOf();
  const state = openState(business.hours, business.timeZone, now);
  if (state.open) return t('hours.openNow', { time: formatClock(state.closes, tag) });
  if (!state.opens) return t('hours.closedNoHours');
  const time = formatClock(state.opens.time, tag);
  if (state.opens.daysAhead === 0) return t('hours.opensToday', { time });
  if (state.opens.daysAhead === 1) return t('hours.opensTomorrow', { time });
  return t('hours.opensOn', { day: weekdayName(state.opens.day, tag), time });
}

/** Opening hours, open-now state and, while closed, the business's away message. */
export function Hours(props: { business: Business; now?: Date }) {
  const state = () => openState(props.business.hours, props.business.timeZone, props.now);
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section class="card" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('hours.title')}</h2>
      <p class={state().open ? 'open-state open' : 'open-state closed'}>
        <span class="dot" aria-hidden="true" />
        {openSummary(props.business, props.now)}
      </p>
      <Show when={props.business.timeZone !== deviceZone}>
        <p class="muted">{t('hours.zone', { zone: props.business.timeZone.replaceAll('_', ' ') })}</p>
      </Show>
      <Show when={!state().open && props.business.awayMessage}>
        {(away) => (
          <blockquote class="away">
            <span class="muted">{t('hours.away')}</span>
            <span>{away()}</span>
          </blockquote>
        )}
      </Show>
      <Show when={props.business.hours.length > 0}>
        <details class="week">
          <summary>{t('hours.week')}</summary>
          <table>
            <tbody>
              <For each={weekTable(props.business.hours)}>
                {(row) => (
                  <tr>
                    <th scope="row">{weekdayName(row.day, tagOf())}</th>
                    <td>
                      {row.spans.length === 0
                        ? t('hours.closedDay')
                        : row.spans
                            .map((span) => `${formatClock(span.opens, tagOf())}–${formatClock(span.closes, tagOf())}`)
                            .join(', ')}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </Show>
    </section>
  );
}

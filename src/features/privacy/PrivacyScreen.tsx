import { A, useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { type Business, TOPICS, type Topic } from '../../api/schemas';
import { useConsentRecords } from '../../data/consent-records';
import { useImitations } from '../../data/imitations';
import { useBusinessIndex } from '../../data/lookup';
import { outboxState } from '../../data/outbox';
import { useConsents } from '../../data/queries';
import { useReports } from '../../data/reports';
import { formatDateTime, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Badge } from '../../ui/Badge';
import { ExportButton } from '../../ui/ExportButton';
import { OutboxNotes } from '../../ui/OutboxNotes';
import { Empty, Loading } from '../../ui/states';
import { BlockedList } from './BlockedList';
import { ConsentReceipt } from './ConsentReceipt';

/** `/privacy`: the consent ledger — every business × topic, full history, receipts, export, print. */
export default function PrivacyScreen() {
  const [params] = useSearchParams<{ receipt?: string }>();
  const records = useConsentRecords();
  const pendingIds = () => new Set(outboxState().items.map((item) => item.id));
  const opened = () => (params.receipt ? records.latest?.find((record) => record.id === params.receipt) : undefined);
  return (
    <Show when={params.receipt} fallback={<Ledger />}>
      <Show when={records.latest} fallback={<Loading />}>
        <Show when={opened()} fallback={<Empty>{t('privacy.noRecords')}</Empty>}>
          {(record) => <ConsentReceipt record={record()} pending={pendingIds().has(record().id)} />}
        </Show>
      </Show>
    </Show>
  );
}

/**
 * The business's name as a link to its profile, with its badge and lookalike tag beside it:
 * the badge is a button, and a button inside a link is nested interactive content.
 */
function LinkedBusinessName(props: { id: string; name: string; business: Business | undefined }) {
  const imitations = useImitations();
  return (
    <span class="business-name">
      <A href={`/b/${props.id}`} class="row-link strong">
        {props.name}
      </A>
      <Show when={props.business}>
        {(business) => (
          <>
            <Badge verification={business().verification} compact />
            <Show when={imitations().get(business().id)}>
              {(real) => <span class="lookalike-tag">{t('lookalike.tag', { real: real().displayName })}</span>}
            </Show>
          </>
        )}
      </Show>
    </span>
  );
}

function Ledger() {
  const consents = useConsents();
  const records = useConsentRecords();
  const reports = useReports();
  const businesses = useBusinessIndex();
  const pendingIds = () => new Set(outboxState().items.map((item) => item.id));
  const historyOf = createMemo(() => {
    const byBusiness = new Map<string, NonNullable<ReturnType<typeof records>>>();
    for (const record of records.latest ?? [])
      byBusiness.set(record.businessId, [...(byBusiness.get(record.businessId) ?? []), record]);
    return byBusiness;
  });
  const rows = createMemo(() => {
    const ids = new Set([...(consents.latest ?? []).map((c) => c.businessId), ...historyOf().keys()]);
    const byId = new Map((consents.latest ?? []).map((c) => [c.businessId, c]));
    return [...ids]
      .map((id) => ({ id, consent: byId.get(id), name: businesses().get(id)?.displayName ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });

  return (
    <section aria-labelledby="privacy-title" class="privacy">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <div class="action-row no-print">
        <ExportButton />
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('privacy.print')}
        </button>
      </div>
      <OutboxNotes headingLevel={2} />
      <h2>{t('privacy.ledger')}</h2>
      <Show when={consents.latest && records.latest} fallback={<Loading />}>
        <Show when={rows().length > 0} fallback={<Empty>{t('privacy.noBusinesses')}</Empty>}>
          <ul class="list ledger">
            <For each={rows()}>
              {(row) => (
                <li class="card ledger-entry">
                  <div class="row-head">
                    <LinkedBusinessName id={row.id} name={row.name} business={businesses().get(row.id)} />
                    <Show when={row.consent?.blocked}>
                      <span class="chip">{t('businesses.blocked')}</span>
                    </Show>
                  </div>
                  <table class="topic-table">
                    <caption class="visually-hidden">{t('consent.title', { name: row.name })}</caption>
                    <tbody>
                      <For each={TOPICS}>
                        {(topic) => (
                          <tr>
                            <th scope="row">{t(`topic.${topic}`)}</th>
                            <td class={row.consent?.topics[topic] ? 'state-on' : 'state-off'}>
                              <span aria-hidden="true">{row.consent?.topics[topic] ? '✓ ' : '— '}</span>
                              {t(row.consent?.topics[topic] ? 'privacy.state.on' : 'privacy.state.off')}
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                  <details class="history" open={false}>
                    <summary>
                      {t('privacy.history')} ({historyOf().get(row.id)?.length ?? 0})
                    </summary>
                    <Show
                      when={(historyOf().get(row.id) ?? []).length > 0}
                      fallback={<p class="muted">{t('privacy.noRecords')}</p>}
                    >
                      <ol class="plain history-list">
                        <For each={[...(historyOf().get(row.id) ?? [])].reverse()}>
                          {(record) => (
                            <li>
                              <time datetime={record.recordedAt}>{formatDateTime(record.recordedAt)}</time> ·{' '}
                              <strong>{t(`consentAction.${record.action}`)}</strong>{' '}
                              {Object.entries(record.topics)
                                .map(([topic, on]) => `${t(`topic.${topic as Topic}`)} ${on ? '✓' : '—'}`)
                                .join(', ')}{' '}
                              · {t(`consentMethod.${record.method}`)}
                              <Show when={pendingIds().has(record.id)}>
                                {' '}
                                · <span class="pending-note">{t('consent.waiting')}</span>
                              </Show>{' '}
                              <A href={`/privacy?receipt=${encodeURIComponent(record.id)}`} class="no-print">
                                {t('privacy.openReceipt')}
                              </A>
                            </li>
                          )}
                        </For>
                      </ol>
                    </Show>
                  </details>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <BlockedList />
      <h2>{t('privacy.reports')}</h2>
      <Show when={(reports.latest ?? []).length > 0} fallback={<p class="muted">{t('privacy.noReports')}</p>}>
        <ul class="list">
          <For each={reports.latest}>
            {(report) => (
              <li class="row">
                <span class="strong">{report.businessName}</span> · {t(`report.reason.${report.reason}` as MessageKey)}{' '}
                · <time datetime={report.recordedAt}>{formatDateTime(report.recordedAt)}</time> ·{' '}
                <span class={`report-status status-${report.status}`}>
                  {t(`report.status.${report.status}` as MessageKey)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

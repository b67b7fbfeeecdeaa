import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Topic } from '../../api/schemas';
import type { ConsentRecord } from '../../db/schema';
import { formatDateTime, t } from '../../i18n';

/** One consent record as a readable, printable consent receipt (Kantara field names where they fit). */
export function ConsentReceipt(props: { record: ConsentRecord; pending: boolean }) {
  const r = () => props.record;
  const topics = () =>
    Object.entries(r().topics)
      .map(([topic, on]) => `${t(`topic.${topic as Topic}`)}: ${t(on ? 'privacy.state.on' : 'privacy.state.off')}`)
      .join(', ');
  return (
    <article class="receipt card" aria-labelledby="receipt-title">
      <h1 id="receipt-title">{t('privacy.receipt')}</h1>
      <dl class="receipt-fields">
        <dt>{t('consentReceipt.business')}</dt>
        <dd>{r().businessName}</dd>
        <dt>{t('consentReceipt.action')}</dt>
        <dd>
          {t(`consentAction.${r().action}`)}
          <Show when={r().carriedBy}>{(via) => ` (${t(`consentReceipt.carriedBy.${via()}`)})`}</Show>
        </dd>
        <dt>{t('consentReceipt.topics')}</dt>
        <dd>{topics()}</dd>
        <dt>{t('consentReceipt.when')}</dt>
        <dd>
          <time datetime={r().recordedAt}>{formatDateTime(r().recordedAt)}</time>
        </dd>
        <dt>{t('consentReceipt.how')}</dt>
        <dd>{t(`consentMethod.${r().method}`)}</dd>
        <dt>{t('consentReceipt.shown')}</dt>
        <dd>
          <blockquote>{r().shownText}</blockquote>
        </dd>
        <dt>{t('consentReceipt.dataUseVersion')}</dt>
        <dd>{r().dataUseVersion}</dd>
        <dt>{t('consentReceipt.who')}</dt>
        <dd>{r().piiPrincipalId}</dd>
        <dt>{t('consentReceipt.appVersion')}</dt>
        <dd>{r().appVersion}</dd>
        <dt>{t('consentReceipt.status')}</dt>
        <dd>{t(props.pending ? 'consentReceipt.pending' : 'consentReceipt.delivered')}</dd>
        <dt>{t('consentReceipt.id')}</dt>
        <dd class="mono">{r().id}</dd>
      </dl>
      <div class="action-row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('privacy.print')}
        </button>
        <A href="/privacy" class="button-link secondary">
          {t('common.back')}
        </A>
      </div>
    </article>
  );
}

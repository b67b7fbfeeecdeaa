import { Show } from 'solid-js';
import { useReports } from '../../data/reports';
import { formatRelative, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';

/** The latest report on a business and where it stands ("waiting to send", "received"). */
export function ReportStatus(props: { businessId: string }) {
  const reports = useReports(() => props.businessId);
  return (
    <Show when={reports.latest?.[0]}>
      {(report) => (
        <p class={`report-status status-${report().status}`}>
          {t('report.statusLine', {
            when: formatRelative(report().recordedAt),
            status: t(`report.status.${report().status}` as MessageKey),
          })}
        </p>
      )}
    </Show>
  );
}

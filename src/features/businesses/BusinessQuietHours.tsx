import type { Business } from '../../api/schemas';
import { t } from '../../i18n';
import { QuietHoursEditor } from '../../ui/QuietHoursEditor';

/** Per-business quiet hours, folded away under the consent switches. */
export function BusinessQuietHours(props: { business: Business }) {
  return (
    <details class="data-use">
      <summary>{t('quiet.business')}</summary>
      <p class="muted">{t('quiet.intro')}</p>
      <QuietHoursEditor businessId={props.business.id} label="quiet.business" />
    </details>
  );
}

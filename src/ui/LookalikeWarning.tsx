import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Business } from '../api/schemas';
import { useImitations } from '../data/imitations';
import { t } from '../i18n';

/** The business being imitated: its id (for the link) and name are all the warning needs. */
type Imitated = Pick<Business, 'id' | 'displayName'>;

/**
 * The lookalike warning (issue 3 §3, PRODUCT.md names: role `alert` naming the verified
 * business it resembles). Pass `imitated` when the caller already knows it; otherwise it is
 * looked up among the businesses stored on this phone.
 */
export function LookalikeWarning(props: { business: Business; imitated?: Imitated | null }) {
  const imitations = useImitations();
  const imitated = () =>
    props.imitated !== undefined ? props.imitated : (imitations().get(props.business.id) ?? null);
  return (
    <Show when={imitated()}>
      {(real) => (
        <div class="lookalike" role="alert">
          <svg viewBox="0 0 24 24" aria-hidden="true" class="lookalike-icon">
            <path d="M12 3l10 18H2zM12 10v5M12 18h.01" />
          </svg>
          <div>
            <p class="lookalike-title">
              {t('lookalike.title', { name: props.business.displayName, real: real().displayName })}
            </p>
            <p>{t('lookalike.advice', { real: real().displayName })}</p>
            <A href={`/b/${real().id}`} class="lookalike-link">
              {t('lookalike.open', { real: real().displayName })}
            </A>
          </div>
        </div>
      )}
    </Show>
  );
}

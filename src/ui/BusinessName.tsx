import { Show } from 'solid-js';
import type { Business } from '../api/schemas';
import { useImitations } from '../data/imitations';
import { t } from '../i18n';
import { Badge } from './Badge';

/**
 * A business's display name (always as text) with its badge and, for a name that imitates a
 * verified business, a visible "not <that business>" tag. Lists use this; screens about one
 * business also show the full `LookalikeWarning` alert.
 */
export function BusinessName(props: { business: Business | undefined; fallback?: string }) {
  const imitations = useImitations();
  const imitated = () => (props.business ? imitations().get(props.business.id) : undefined);
  return (
    <span class="business-name">
      <Show when={props.business} fallback={<span>{props.fallback ?? '…'}</span>}>
        {(business) => (
          <>
            <span class="name">{business().displayName}</span>
            <Badge verification={business().verification} compact />
            <Show when={imitated()}>
              {(real) => <span class="lookalike-tag">{t('lookalike.tag', { real: real().displayName })}</span>}
            </Show>
          </>
        )}
      </Show>
    </span>
  );
}

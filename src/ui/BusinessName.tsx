import { Show } from 'solid-js';
import type { Business } from '../api/schemas';
import { Badge } from './Badge';

/** A business's display name (always as text) with its badge. */
export function BusinessName(props: { business: Business | undefined; fallback?: string }) {
  return (
    <span class="business-name">
      <Show when={props.business} fallback={<span>{props.fallback ?? '…'}</span>}>
        {(business) => (
          <>
            <span class="name">{business().displayName}</span>
            <Badge verification={business().verification} compact />
          </>
        )}
      </Show>
    </span>
  );
}

import { useNavigate } from '@solidjs/router';
import { type Accessor, createEffect, on } from 'solid-js';
import type { LinkResolution, Topic } from '../../api/schemas';
import { online } from '../../data/connectivity';
import { savePendingChoice, takePendingChoice } from '../../data/pending-choice';
import { syncState } from '../../data/sync-state';

/**
 * A signed-out visitor's choice waits in this tab while they sign in, then is applied once on
 * return (unless the business is blocked by then) — after the first sync, so what the
 * consumer had already allowed is known and only new topics are recorded (offline, at once).
 * Returns `keepAndSignIn`.
 */
export function usePendingChoice(options: {
  link: Accessor<LinkResolution>;
  signedIn: Accessor<boolean>;
  blocked: Accessor<boolean>;
  apply: (topics: Topic[], shownText: string) => void;
}): (topics: Topic[], shownText: string) => void {
  const navigate = useNavigate();

  const ready = () => options.signedIn() && (syncState().lastSyncedAt !== null || !online());
  createEffect(
    on(ready, (isReady) => {
      if (!isReady) return;
      const link = options.link();
      const pending = takePendingChoice(link.code, link.business.id);
      if (pending && !options.blocked()) options.apply(pending.topics, pending.shownText);
    }),
  );

  return (topics, shownText) => {
    const link = options.link();
    savePendingChoice({
      code: link.code,
      businessId: link.business.id,
      topics,
      shownText,
      dataUseVersion: link.consentRequest.dataUseVersion,
    });
    navigate(`/signin?next=${encodeURIComponent(`/r/${link.code}`)}`);
  };
}

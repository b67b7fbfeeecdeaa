import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { ApiError } from '../../api/errors';
import { session } from '../../data/session';
import { describeError, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { ReceiptCodeEntry } from '../../ui/ReceiptCodeEntry';

const KNOWN = ['link-unknown', 'link-expired', 'link-revoked', 'link-malformed'] as const;
type Known = (typeof KNOWN)[number];

/** Which of the four link problems this is, or null for any other failure (offline, server). */
export function linkProblemOf(error: unknown): Known | null {
  return error instanceof ApiError && (KNOWN as readonly string[]).includes(error.code) ? (error.code as Known) : null;
}

/** A page for an unknown, expired, revoked or malformed code — each says what to do next. */
export function LinkProblem(props: { error: unknown; onRetry: () => void }) {
  const problem = () => linkProblemOf(props.error);
  return (
    <Show
      when={problem()}
      fallback={
        <article class="link-problem" aria-labelledby="link-problem-title">
          <h1 id="link-problem-title">{t('link.unreachable.title')}</h1>
          <p>{describeError(props.error)}</p>
          <button type="button" onClick={() => props.onRetry()}>
            {t('common.retry')}
          </button>
        </article>
      }
    >
      {(code) => (
        <article class={`link-problem link-problem-${code()}`} aria-labelledby="link-problem-title">
          <h1 id="link-problem-title">{t(`link.${code()}.title` as MessageKey)}</h1>
          <p>{t(`link.${code()}.body` as MessageKey)}</p>
          <p class="note">{t(`link.${code()}.next` as MessageKey)}</p>
          <ReceiptCodeEntry />
          <p>
            <Show when={session()} fallback={<A href="/signin">{t('link.signin')}</A>}>
              <A href="/businesses">{t('link.myBusinesses')}</A>
            </Show>
          </p>
        </article>
      )}
    </Show>
  );
}

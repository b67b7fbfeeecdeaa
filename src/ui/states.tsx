import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import { t } from '../i18n';

export function Loading(props: { label?: string }) {
  return (
    <p class="state" role="status" aria-busy="true">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? t('common.loading')}
    </p>
  );
}

export function Empty(props: { children: JSX.Element }) {
  return <p class="state empty">{props.children}</p>;
}

/** An error that says what happened and, when it can, offers to try again. */
export function ErrorNote(props: { message: string; onRetry?: () => void }) {
  return (
    <div class="error-note" role="alert">
      <p>{props.message}</p>
      <Show when={props.onRetry}>
        <button type="button" onClick={() => props.onRetry?.()}>
          {t('common.retry')}
        </button>
      </Show>
    </div>
  );
}

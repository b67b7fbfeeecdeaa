import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Business } from '../api/schemas';
import { formatDate, t } from '../i18n';

const ICONS = {
  verified: 'M6 12.5l4 4 8-9',
  confirmed: 'M6 12.5l4 4 8-9',
  unconfirmed: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V15M12 18h.01',
} as const;

/**
 * The verification badge: icon, colour and word, never colour alone. Its level comes only from
 * the backend's record of the business (PRODUCT.md Principle 2). Tapping it explains the level:
 * what was checked, by whom and since when. Its accessible name is a contract
 * (`Verified business`, …): the e2e suites and screen-reader users rely on it.
 */
export function Badge(props: { verification: Business['verification']; compact?: boolean }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  const level = () => props.verification.level;
  return (
    <span class="badge-wrap">
      <button
        type="button"
        class={`badge badge-${level()}`}
        aria-label={t(`badge.${level()}.name`)}
        aria-expanded={open()}
        aria-controls={id}
        title={t('badge.explainHint')}
        onClick={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setOpen(!open());
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open()) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" class="badge-icon">
          <path d={ICONS[level()]} />
        </svg>
        <Show when={!props.compact}>
          <span aria-hidden="true">{t(`badge.${level()}`)}</span>
        </Show>
      </button>
      <Show when={open()}>
        <span class={`badge-explain badge-explain-${level()}`} id={id} role="note">
          <strong>{t(`badge.${level()}.name`)}</strong>
          <span class="line">{t(`badge.${level()}.meaning`)}</span>
          <Show when={props.verification.checks.length > 0}>
            <span class="line">{t('badge.checks')}</span>
            <span class="checks">
              <For each={props.verification.checks}>{(check) => <span class="line check">✓ {check}</span>}</For>
            </span>
          </Show>
          <Show when={props.verification.checkedBy}>
            {(by) => <span class="line muted">{t('badge.checkedBy', { by: by() })}</span>}
          </Show>
          <Show when={props.verification.since}>
            {(since) => <span class="line muted">{t('badge.since', { date: formatDate(since()) })}</span>}
          </Show>
        </span>
      </Show>
    </span>
  );
}

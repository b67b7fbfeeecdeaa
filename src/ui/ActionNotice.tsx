import { Show } from 'solid-js';
import { t } from '../i18n';

/**
 * The polite status line under an action ("Blocked.", an error in words), with an optional
 * Undo. One region per screen part, always present, so screen readers announce its changes.
 */
export function ActionNotice(props: { text: string | null | undefined; onUndo?: (() => void) | null }) {
  return (
    <div role="status" class="action-notice">
      <Show when={props.text}>
        {(text) => (
          <p class="notice">
            <span>{text()}</span>
            <Show when={props.onUndo}>
              {(undo) => (
                <button type="button" class="link-button" onClick={() => undo()()}>
                  {t('common.undo')}
                </button>
              )}
            </Show>
          </p>
        )}
      </Show>
    </div>
  );
}

import { createMemo, createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import type { Business, ConsentMethod, ReportReason } from '../../api/schemas';
import { useBusinessMessages } from '../../data/queries';
import { fileReport, REPORT_REASONS } from '../../data/reports';
import { describeError, formatDateTime, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';

const RECENT = 5;
const LISTED = 20;

/**
 * The report dialog (issue 4 §6): a reason, the business's recent messages preselected as
 * evidence, the consent history attached automatically, an optional comment and "also block"
 * (on by default). A native modal <dialog>: focus stays inside, Escape closes it.
 */
export function ReportDialog(props: {
  business: Business;
  method: ConsentMethod;
  /** Messages to select instead of the most recent ones (a per-message Report). */
  preselect?: string[];
  /** Why the dialog opened, shown on top (e.g. "messaged after you said no"). */
  context?: string;
  onClose: () => void;
}) {
  const id = createUniqueId();
  let dialog: HTMLDialogElement | undefined;
  const messages = useBusinessMessages(() => props.business.id);
  const fromBusiness = createMemo(() => (messages.latest ?? []).filter((m) => m.from === 'business').slice(0, LISTED));
  const [reason, setReason] = createSignal<ReportReason>('spam');
  const [picked, setPicked] = createSignal<Set<string> | null>(null);
  const [comment, setComment] = createSignal('');
  const [alsoBlock, setAlsoBlock] = createSignal(true);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  // Until the consumer touches the list, the recent messages (or the one reported) are the evidence.
  const selected = () =>
    picked() ??
    new Set(
      props.preselect ??
        fromBusiness()
          .slice(0, RECENT)
          .map((m) => m.id),
    );

  onMount(() => dialog?.showModal());

  function toggle(messageId: string, on: boolean) {
    const next = new Set(selected());
    if (on) next.add(messageId);
    else next.delete(messageId);
    setPicked(next);
  }

  async function send(event: SubmitEvent) {
    event.preventDefault();
    setSending(true);
    setFailure(null);
    try {
      await fileReport({
        businessId: props.business.id,
        reason: reason(),
        messageIds: [...selected()],
        comment: comment().trim(),
        alsoBlock: alsoBlock(),
        method: props.method,
        shownText: t('report.shownText', { name: props.business.displayName }),
      });
      dialog?.close();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <dialog ref={dialog} class="sheet" aria-labelledby={`${id}-title`} onClose={() => props.onClose()}>
      <form method="dialog" onSubmit={(event) => void send(event)}>
        <h2 id={`${id}-title`}>{t('report.title', { name: props.business.displayName })}</h2>
        <Show when={props.context}>
          <p class="warning-note">{props.context}</p>
        </Show>
        <fieldset class="group">
          <legend>{t('report.reason')}</legend>
          <For each={REPORT_REASONS}>
            {(code) => (
              <label class="choice">
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={code}
                  checked={reason() === code}
                  onChange={() => setReason(code)}
                />
                {t(`report.reason.${code}` as MessageKey)}
              </label>
            )}
          </For>
        </fieldset>
        <fieldset class="group">
          <legend>{t('report.evidence')}</legend>
          <Show when={fromBusiness().length > 0} fallback={<p class="muted">{t('report.noMessages')}</p>}>
            <For each={fromBusiness()}>
              {(message) => (
                <label class="choice evidence">
                  <input
                    type="checkbox"
                    checked={selected().has(message.id)}
                    onChange={(event) => toggle(message.id, event.currentTarget.checked)}
                  />
                  <span>
                    <span class="clamp">{message.template?.body ?? message.text}</span>
                    <time class="muted" datetime={message.sentAt}>
                      {formatDateTime(message.sentAt)}
                    </time>
                  </span>
                </label>
              )}
            </For>
          </Show>
          <p class="muted">{t('report.historyAttached')}</p>
        </fieldset>
        <label class="field">
          <span>{t('report.comment')}</span>
          <textarea maxlength={2000} rows={3} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
        </label>
        <label class="choice">
          <input type="checkbox" checked={alsoBlock()} onChange={(e) => setAlsoBlock(e.currentTarget.checked)} />
          {t('report.alsoBlock')}
        </label>
        <p class="muted">{t('report.offlineHint')}</p>
        <Show when={failure()}>
          <p role="alert" class="error-note">
            {failure()}
          </p>
        </Show>
        <div class="action-row">
          <button type="button" class="secondary" onClick={() => dialog?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" disabled={sending()}>
            {t('report.send')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

import { createEffect, createSignal, createUniqueId, For, on, Show } from 'solid-js';
import { type Business, TOPICS, type Topic, type TopicStates } from '../../api/schemas';
import { NO_TOPICS, recordConsentChange } from '../../data/consent';
import { outboxState } from '../../data/outbox';
import { useConsent } from '../../data/queries';
import { describeError, t } from '../../i18n';
import { ActionNotice } from '../../ui/ActionNotice';
import { OutboxNotes } from '../../ui/OutboxNotes';
import { BusinessQuietHours } from './BusinessQuietHours';

/**
 * Consent per topic for one business (issue 4 §1): a switch per topic showing what the
 * business says it will send, `Stop all messages`, and Undo. Every change applies at once and
 * says "waiting to send" until the backend has it.
 */
export function ConsentPanel(props: { business: Business }) {
  const id = createUniqueId();
  const consent = useConsent(() => props.business.id);
  const stored = (): TopicStates => consent.latest?.topics ?? NO_TOPICS;
  /**
   * What the consumer chose but the re-read of IndexedDB has not shown yet. A switch shows
   * this at once, and the next tap toggles from it: reading only the stored consent, a quick
   * second tap saw the old state and recorded the same direction twice.
   */
  const [optimistic, setOptimistic] = createSignal<Partial<TopicStates>>({});
  /** Writes not yet finished, per topic: an optimistic value stays until its last one is done. */
  const writing: Partial<Record<Topic, number>> = {};
  const topics = (): TopicStates => ({ ...stored(), ...optimistic() });
  const blocked = () => consent.latest?.blocked ?? false;
  const anyOn = () => TOPICS.some((topic) => topics()[topic]);
  const [notice, setNotice] = createSignal<{ text: string; undo?: Partial<TopicStates> } | null>(null);

  /** Drops optimistic values the stored consent has caught up with (or, `revert`, that failed). */
  function settle(revert: Topic[] = []) {
    setOptimistic((current) => {
      const next = { ...current };
      for (const topic of Object.keys(current) as Topic[])
        if (!writing[topic] && (revert.includes(topic) || current[topic] === stored()[topic])) delete next[topic];
      return Object.keys(next).length === Object.keys(current).length ? current : next;
    });
  }
  createEffect(
    on(
      () => consent.latest,
      () => settle(),
      { defer: true },
    ),
  );

  const waitingTopics = () => {
    const waiting = new Set<string>();
    for (const item of outboxState().items)
      if (item.businessId === props.business.id && !item.refused) for (const topic of item.topics) waiting.add(topic);
    return waiting;
  };

  async function change(next: Partial<TopicStates>, shownText: string, message: string, undo?: Partial<TopicStates>) {
    const changed = Object.keys(next) as Topic[];
    for (const topic of changed) writing[topic] = (writing[topic] ?? 0) + 1;
    setOptimistic((current) => ({ ...current, ...next }));
    let failed = false;
    try {
      await recordConsentChange({
        businessId: props.business.id,
        topics: next,
        method: 'profile',
        shownText,
        dataUseVersion: props.business.dataUse.version,
      });
      setNotice({ text: message, undo });
    } catch (error) {
      failed = true;
      setNotice({ text: describeError(error) });
    } finally {
      for (const topic of changed) writing[topic] = (writing[topic] ?? 1) - 1;
      settle(failed ? changed : []);
    }
  }

  function toggle(topic: Topic) {
    const name = props.business.displayName;
    const label = t(`topic.${topic}`);
    const on = !topics()[topic];
    const shown = on
      ? t('consent.shownGrant', { name, topic: label, statement: props.business.topicStatements[topic] ?? '' })
      : t('consent.shownWithdraw', { name, topic: label });
    void change({ [topic]: on }, shown, t(on ? 'consent.allowed' : 'consent.withdrawn', { topic: label }), {
      [topic]: !on,
    });
  }

  function stopAll() {
    const given = Object.fromEntries(TOPICS.filter((topic) => topics()[topic]).map((topic) => [topic, true]));
    const name = props.business.displayName;
    void change(
      { ...NO_TOPICS },
      t('consent.shownStopAll', { name }),
      t('consent.stoppedAll', { name }),
      Object.keys(given).length > 0 ? given : undefined,
    );
  }

  const undoOf = (previous: Partial<TopicStates> | undefined) => (previous ? () => undo(previous) : null);

  function undo(previous: Partial<TopicStates>) {
    const name = props.business.displayName;
    const restored = Object.keys(previous)
      .map((topic) => t(`topic.${topic as Topic}`))
      .join(', ');
    const granting = Object.values(previous).some(Boolean);
    const shown = granting
      ? t('consent.shownRegrant', { name, topic: restored })
      : t('consent.shownWithdraw', { name, topic: restored });
    setNotice(null);
    void change(previous, shown, t(granting ? 'consent.allowed' : 'consent.withdrawn', { topic: restored }));
  }

  return (
    <section class="consent-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="visually-hidden">
        {t('consent.title', { name: props.business.displayName })}
      </h3>
      <p class="muted">{t('consent.intro')}</p>
      <Show when={blocked()}>
        <p class="warning-note">{t('consent.blockedNote')}</p>
      </Show>
      <ul class="switches">
        <For each={TOPICS}>
          {(topic) => (
            <li class="switch-row">
              <button
                type="button"
                role="switch"
                class="switch"
                aria-checked={topics()[topic]}
                aria-describedby={`${id}-${topic}-desc ${id}-${topic}-state`}
                disabled={blocked()}
                onClick={() => toggle(topic)}
              >
                <span class="switch-label">{t(`topic.${topic}`)}</span>
                <span class="switch-track" aria-hidden="true">
                  <span class="switch-thumb" />
                </span>
              </button>
              <p id={`${id}-${topic}-desc`} class="muted statement">
                {props.business.topicStatements[topic]}
              </p>
              <p id={`${id}-${topic}-state`} class="pending-note">
                <Show when={waitingTopics().has(topic)}>
                  <span class="pending-dot" aria-hidden="true" />
                  {t('consent.waiting')}
                </Show>
              </p>
            </li>
          )}
        </For>
      </ul>
      <button type="button" class="danger stop-all" disabled={blocked() || !anyOn()} onClick={stopAll}>
        {t('consent.stopAll')}
      </button>
      <ActionNotice text={notice()?.text} onUndo={undoOf(notice()?.undo)} />
      <OutboxNotes businessId={props.business.id} />
      <BusinessQuietHours business={props.business} />
    </section>
  );
}

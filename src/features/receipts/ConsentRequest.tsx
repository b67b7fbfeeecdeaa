import { A, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { Consent, LinkResolution, Topic, TopicStates } from '../../api/schemas';
import { online } from '../../data/connectivity';
import { recordConsentChange } from '../../data/consent';
import { useConsent } from '../../data/queries';
import { session } from '../../data/session';
import { describeError, t } from '../../i18n';
import { DataUse } from '../businesses/DataUse';
import { savePendingChoice, takePendingChoice } from './pending-choice';

/** Exactly what the consumer saw when choosing: kept in their consent record (Principle 4). */
export function shownTextOf(link: LinkResolution, topics: Topic[]): string {
  const b = link.business;
  const lines = [
    link.consentRequest.text,
    ...topics.map((topic) => `${t(`topic.${topic}`)}: ${b.topicStatements[topic]}`),
    `${t('dataUse.title')}: ${b.dataUse.controller}. ${b.dataUse.purposes.join('; ')}. ${b.dataUse.retention}. ${b.dataUse.privacyPolicyUrl}`,
  ];
  return lines.join('\n').slice(0, 2000);
}

const grantOf = (topics: Topic[], value: boolean): Partial<TopicStates> =>
  Object.fromEntries(topics.map((topic) => [topic, value]));

type Done = { topics: Topic[]; queued: boolean };

/**
 * The receipt link's consent request: what the business will send, per topic, and what it does
 * with the data. `Follow this order` allows order updates; other topics are opt-in boxes, never
 * ticked in advance (GDPR: consent is a clear affirmative act). Signed out, the choice is kept
 * in this tab while the visitor signs in, then applied on return.
 */
export function ConsentRequest(props: { link: LinkResolution }) {
  return (
    <Show when={session()} fallback={<ChoiceForm link={props.link} consent={undefined} />}>
      <SignedInRequest link={props.link} />
    </Show>
  );
}

function SignedInRequest(props: { link: LinkResolution }) {
  const consent = useConsent(() => props.link.business.id);
  // Latched: a re-read after a change must not unmount the form (and lose its "done" state).
  const ready = createMemo((was: boolean) => was || !consent.loading, false);
  return (
    <Show when={ready()}>
      <ChoiceForm link={props.link} consent={consent.latest ?? null} />
    </Show>
  );
}

/** `consent`: undefined when signed out, null when signed in with no consent record yet. */
function ChoiceForm(props: { link: LinkResolution; consent: Consent | null | undefined }) {
  const navigate = useNavigate();
  const business = () => props.link.business;
  const requested = () => props.link.consentRequest.topics;
  const asksOrders = () => requested().includes('orders');
  const extras = () => requested().filter((topic) => topic !== 'orders');
  const [ticked, setTicked] = createSignal<Topic[]>([]);
  const [done, setDone] = createSignal<Done | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const signedIn = () => props.consent !== undefined;
  const blocked = () => props.consent?.blocked ?? false;
  const alreadyAll = () => requested().every((topic) => props.consent?.topics[topic]);

  async function apply(topics: Topic[], shownText: string) {
    setBusy(true);
    setError(null);
    try {
      await recordConsentChange({
        businessId: business().id,
        topics: grantOf(topics, true),
        method: 'receipt-link',
        shownText,
        dataUseVersion: props.link.consentRequest.dataUseVersion,
      });
      setDone({ topics, queued: !online() });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  function choose(topics: Topic[]) {
    if (topics.length === 0) return;
    const shownText = shownTextOf(props.link, topics);
    if (!signedIn()) {
      savePendingChoice({
        code: props.link.code,
        businessId: business().id,
        topics,
        shownText,
        dataUseVersion: props.link.consentRequest.dataUseVersion,
      });
      navigate(`/signin?next=${encodeURIComponent(`/r/${props.link.code}`)}`);
      return;
    }
    void apply(topics, shownText);
  }

  // Back from signing in: apply the choice made before, once, unless the business is blocked.
  createEffect(
    on(signedIn, (isSignedIn) => {
      if (!isSignedIn) return;
      const pending = takePendingChoice(props.link.code, business().id);
      if (pending && !blocked()) void apply(pending.topics, pending.shownText);
    }),
  );

  async function undo() {
    const current = done();
    if (!current) return;
    await recordConsentChange({
      businessId: business().id,
      topics: grantOf(current.topics, false),
      method: 'receipt-link',
      shownText: t('receipt.undoShown', { name: business().displayName }),
      dataUseVersion: props.link.consentRequest.dataUseVersion,
    });
    setDone(null);
    setTicked([]);
  }

  return (
    <section class="card consent-request" aria-labelledby="request-title">
      <h2 id="request-title">{t('receipt.asks', { name: business().displayName })}</h2>
      <Show when={done()}>
        {(result) => (
          <div class="done" role="status">
            <p class="done-title">
              {result().topics.includes('orders')
                ? t('receipt.following', { name: business().displayName })
                : t('receipt.allowed', { name: business().displayName })}
            </p>
            <p>
              {t('receipt.allowedTopics', {
                topics: result()
                  .topics.map((x) => t(`topic.${x}`))
                  .join(', '),
              })}
            </p>
            <Show when={result().queued}>
              <p class="muted">{t('receipt.queued')}</p>
            </Show>
            <p class="actions">
              <Show when={props.link.order}>
                {(order) => <A href={`/orders/${order().id}`}>{t('receipt.viewOrder')}</A>}
              </Show>
              <A href={`/b/${business().id}`}>{t('receipt.viewBusiness')}</A>
              <button type="button" class="link-button" onClick={undo}>
                {t('common.undo')}
              </button>
            </p>
          </div>
        )}
      </Show>
      <Show when={!done()}>
        <p>{props.link.consentRequest.text}</p>
        <Show when={blocked()}>
          <p class="note">
            {t('receipt.blocked', { name: business().displayName })}{' '}
            <A href={`/b/${business().id}`}>{t('receipt.viewBusiness')}</A>
          </p>
        </Show>
        <Show when={signedIn() && !blocked() && alreadyAll()}>
          <p class="note" role="status">
            {t('receipt.already', { name: business().displayName })}{' '}
            <A href={`/b/${business().id}`}>{t('receipt.viewBusiness')}</A>
          </p>
        </Show>
        <Show when={!blocked() && !alreadyAll()}>
          <Show when={asksOrders()}>
            <p class="topic-statement">
              <strong>{t('topic.orders')}</strong>: {business().topicStatements.orders}
            </p>
          </Show>
          <Show when={extras().length > 0}>
            <fieldset class="group">
              <legend>{asksOrders() ? t('receipt.alsoAllow') : t('receipt.choose')}</legend>
              <For each={extras()}>
                {(topic) => (
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={ticked().includes(topic) || props.consent?.topics[topic]}
                      disabled={props.consent?.topics[topic]}
                      onChange={(event) =>
                        setTicked((list) =>
                          event.currentTarget.checked ? [...list, topic] : list.filter((x) => x !== topic),
                        )
                      }
                    />
                    <span>
                      <strong>{t(`topic.${topic}`)}</strong>
                      <span class="muted block">{business().topicStatements[topic]}</span>
                    </span>
                  </label>
                )}
              </For>
            </fieldset>
          </Show>
          <DataUse business={business()} headingLevel={3} />
          <Show when={!signedIn()}>
            <p class="muted">{t('receipt.signinFirst')}</p>
          </Show>
          <div class="actions">
            <Show
              when={asksOrders()}
              fallback={
                <button type="button" disabled={busy() || ticked().length === 0} onClick={() => choose(ticked())}>
                  {t('receipt.allowChosen')}
                </button>
              }
            >
              <button
                type="button"
                class="primary-action"
                disabled={busy()}
                onClick={() => choose(['orders', ...ticked()])}
              >
                {t('receipt.follow')}
              </button>
            </Show>
            <Show when={signedIn()}>
              <A href="/" class="not-now">
                {t('receipt.notNow')}
              </A>
            </Show>
          </div>
        </Show>
        <Show when={error()}>
          <p class="error-note" role="alert">
            {error()}
          </p>
        </Show>
      </Show>
    </section>
  );
}

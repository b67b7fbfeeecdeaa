import { A } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import type { Consent, LinkResolution, Topic } from '../../api/schemas';
import { online } from '../../data/connectivity';
import { recordConsentChange } from '../../data/consent';
import { useConsent } from '../../data/queries';
import { session } from '../../data/session';
import { describeError, t } from '../../i18n';
import { DataUse } from '../../ui/DataUse';
import { type Done, ReceiptDone } from './ReceiptDone';
import { grantOf, newlyGranted, shownTextOf } from './receipt-choice';
import { TopicChoices } from './TopicChoices';
import { usePendingChoice } from './usePendingChoice';

/**
 * The receipt link's consent request: what the business will send, per topic, and what it does
 * with the data. `Follow this order` allows order updates; other topics are opt-in boxes.
 * Signed out, the choice is kept in this tab while the visitor signs in, then applied on return.
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
  const business = () => props.link.business;
  const requested = () => props.link.consentRequest.topics;
  const asksOrders = () => requested().includes('orders');
  const extras = () => requested().filter((topic) => topic !== 'orders');
  const [ticked, setTicked] = createSignal<Topic[]>([]);
  const [done, setDone] = createSignal<Done | null>(null);
  /** Topics chosen that were all allowed before: nothing was recorded. */
  const [unchanged, setUnchanged] = createSignal<Topic[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const signedIn = () => props.consent !== undefined;
  const blocked = () => props.consent?.blocked ?? false;
  const alreadyAll = () => requested().every((topic) => props.consent?.topics[topic]);

  /** Records only what this choice newly grants, so Undo never withdraws a topic allowed before. */
  async function apply(topics: Topic[], shownText: string) {
    const granted = newlyGranted(topics, props.consent);
    setError(null);
    setUnchanged(granted.length === 0 ? topics : null);
    if (granted.length === 0) return;
    setBusy(true);
    try {
      await recordConsentChange({
        businessId: business().id,
        topics: grantOf(granted, true),
        method: 'receipt-link',
        shownText,
        dataUseVersion: props.link.consentRequest.dataUseVersion,
      });
      setDone({ topics: granted, queued: !online() });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const keepAndSignIn = usePendingChoice({
    link: () => props.link,
    signedIn,
    blocked,
    apply: (topics, shownText) => void apply(topics, shownText),
  });

  function choose(topics: Topic[]) {
    if (topics.length === 0) return;
    const shownText = shownTextOf(props.link, topics);
    if (signedIn()) void apply(topics, shownText);
    else keepAndSignIn(topics, shownText);
  }

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

  const toggle = (topic: Topic, checked: boolean) => {
    setUnchanged(null);
    setTicked((list) => (checked ? [...list, topic] : list.filter((x) => x !== topic)));
  };

  return (
    <section class="card consent-request" aria-labelledby="request-title">
      <h2 id="request-title">{t('receipt.asks', { name: business().displayName })}</h2>
      <Show when={done()}>{(result) => <ReceiptDone link={props.link} result={result()} onUndo={undo} />}</Show>
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
          <TopicChoices
            business={business()}
            asksOrders={asksOrders()}
            extras={extras()}
            ticked={ticked()}
            consent={props.consent}
            onToggle={toggle}
          />
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
        <Show when={!alreadyAll() && unchanged()}>
          {(topics) => (
            <p class="note" role="status">
              {t('receipt.nothingNew', {
                name: business().displayName,
                topics: topics()
                  .map((x) => t(`topic.${x}`))
                  .join(', '),
              })}
            </p>
          )}
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

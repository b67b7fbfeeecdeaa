import { createEffect, createSignal, createUniqueId, Show } from 'solid-js';
import type { Business, Payment } from '../../api/schemas';
import { checkPayLink } from '../../core/pay-link';
import { couldImitate } from '../../data/imitations';
import { formatMoney, t } from '../../i18n';

/**
 * The payment-request guard (issue 5): a request from an unconfirmed business or a lookalike
 * gets a strong warning first; the pay link exists in the page only after the consumer
 * confirms in a dialog (and, when warned, ticks that they understand); only https links on
 * the business's own domain are ever offered.
 */
export function PayRequest(props: { payment: Payment; business: Business | undefined; businesses: Business[] }) {
  const name = () => props.business?.displayName ?? '';
  // The lookalike detector and its Unicode data load on demand (they are ~100 KB). Until its
  // answer is in (`undefined`), the pay button stays disabled: no paying past an unchecked name.
  const [imitated, setImitated] = createSignal<Business | null | undefined>(undefined);
  let latestRun = 0;
  createEffect(() => {
    const business = props.business;
    const among = props.businesses;
    const run = ++latestRun;
    setImitated(undefined);
    if (!business || !couldImitate(business, among)) return setImitated(null);
    void import('../../core/lookalike').then(({ findImitatedBusiness }) => {
      if (run === latestRun) setImitated(findImitatedBusiness(business, among));
    });
  });
  const checking = () => imitated() === undefined;
  const unconfirmed = () =>
    props.business?.verification.level !== 'verified' && props.business?.verification.level !== 'confirmed';
  const risky = () => unconfirmed() || Boolean(imitated());
  const verdict = () => checkPayLink(props.payment.payUrl, props.business);
  const payUrl = () => {
    const result = verdict();
    return result.ok ? result.url : null;
  };
  const withheld = () => {
    const result = verdict();
    return result.ok ? 'no-link' : result.reason;
  };
  const amount = () => formatMoney(props.payment.amount);
  const [understood, setUnderstood] = createSignal(false);
  // The link is put in the page only while the dialog is open: before the consumer asks to pay,
  // there is no pay link at all (not even a hidden one).
  const [confirming, setConfirming] = createSignal(false);
  const ids = { title: createUniqueId(), understand: createUniqueId() };
  let dialog: HTMLDialogElement | undefined;

  return (
    <section class="pay-request no-print" aria-labelledby={`${ids.title}-section`}>
      <h2 id={`${ids.title}-section`} class="visually-hidden">
        {t('pay.dialogTitle')}
      </h2>
      <Show when={risky()}>
        <div class="pay-warning" role="alert">
          <p class="strong">
            <span aria-hidden="true">⚠ </span>
            {t('pay.warnTitle')}
          </p>
          <Show when={imitated()} fallback={<p>{t('pay.warnUnconfirmed', { business: name() })}</p>}>
            {(original) => <p>{t('pay.warnLookalike', { business: name(), imitated: original().displayName })}</p>}
          </Show>
        </div>
      </Show>
      <Show
        when={payUrl()}
        fallback={
          <p class="note withheld">
            {withheld() === 'no-link'
              ? t('pay.noLink', { business: name() })
              : t(`pay.withheld.${withheld() as Exclude<ReturnType<typeof withheld>, 'no-link'>}`, {
                  business: name(),
                })}
          </p>
        }
      >
        {(url) => (
          <>
            <button
              type="button"
              class="primary"
              classList={{ danger: risky() }}
              disabled={checking()}
              aria-haspopup="dialog"
              onClick={() => {
                setUnderstood(false);
                setConfirming(true);
                dialog?.showModal();
              }}
            >
              {t('pay.button', { amount: amount() })}
            </button>
            <dialog ref={dialog} class="sheet" aria-labelledby={ids.title} onClose={() => setConfirming(false)}>
              <h2 id={ids.title}>{t('pay.dialogTitle')}</h2>
              <Show when={risky()}>
                <div class="pay-warning">
                  <p class="strong">{t('pay.warnTitle')}</p>
                  <Show when={imitated()} fallback={<p>{t('pay.warnUnconfirmed', { business: name() })}</p>}>
                    {(original) => (
                      <p>{t('pay.warnLookalike', { business: name(), imitated: original().displayName })}</p>
                    )}
                  </Show>
                </div>
              </Show>
              <p>{t('pay.goingTo', { host: url().host, business: name() })}</p>
              <p>{t('pay.checkAmount', { amount: amount() })}</p>
              <Show when={risky()}>
                <label class="choice" for={ids.understand}>
                  <input
                    id={ids.understand}
                    type="checkbox"
                    checked={understood()}
                    onChange={(event) => setUnderstood(event.currentTarget.checked)}
                  />
                  {t('pay.understand')}
                </label>
              </Show>
              <div class="sheet-actions">
                <button type="button" onClick={() => dialog?.close()}>
                  {t('pay.cancel')}
                </button>
                <Show when={confirming() && (!risky() || understood())}>
                  <a
                    class="button-link primary"
                    classList={{ danger: risky() }}
                    href={url().href}
                    target="_blank"
                    rel="noopener noreferrer external"
                    onClick={() => dialog?.close()}
                  >
                    {t('pay.continue', { host: url().host })}
                  </a>
                </Show>
              </div>
            </dialog>
          </>
        )}
      </Show>
    </section>
  );
}

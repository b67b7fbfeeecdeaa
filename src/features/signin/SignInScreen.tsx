import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { requestCode, sessionEnded, signIn } from '../../data/session';
import { describeError, t } from '../../i18n';
import { ErrorNote } from '../../ui/states';
import { Welcome } from '../../ui/Welcome';
import { safeNextPath } from './next-path';

export default function SignInScreen() {
  const [params] = useSearchParams<{ next?: string }>();
  const navigate = useNavigate();
  const [phone, setPhone] = createSignal('');
  const [code, setCode] = createSignal('');
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [demoCode, setDemoCode] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let codeInput: HTMLInputElement | undefined;

  async function sendCode(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const sent = await requestCode(phone());
      setSentTo(sent.phone);
      setDemoCode(sent.demoCode ?? null);
      queueMicrotask(() => codeInput?.focus());
    } catch (failure) {
      setError(t('signin.failed', { reason: describeError(failure) }));
    } finally {
      setBusy(false);
    }
  }

  async function submitCode(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(sentTo() ?? phone(), code());
      navigate(safeNextPath(params.next), { replace: true });
    } catch (failure) {
      setError(t('signin.failed', { reason: describeError(failure) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="signin" aria-labelledby="signin-title">
      <Welcome />
      <h1 id="signin-title">{t('signin.title')}</h1>
      <Show when={sessionEnded()}>
        <p class="note">{t('signin.sessionEnded')}</p>
      </Show>
      <Show
        when={sentTo()}
        fallback={
          <form onSubmit={sendCode} class="form">
            <p>{t('signin.intro')}</p>
            <label for="phone">{t('signin.phone')}</label>
            <input
              id="phone"
              name="phone"
              type="tel"
              inputmode="tel"
              autocomplete="tel"
              required
              aria-describedby="phone-hint"
              value={phone()}
              onInput={(event) => setPhone(event.currentTarget.value)}
            />
            <small id="phone-hint" class="muted">
              {t('signin.phoneHint')}
            </small>
            <button type="submit" disabled={busy()}>
              {busy() ? t('signin.sending') : t('signin.sendCode')}
            </button>
          </form>
        }
      >
        {(to) => (
          <form onSubmit={submitCode} class="form">
            <Show when={demoCode()}>
              {(demo) => (
                <p class="note" role="status">
                  {t('signin.demoCode', { code: demo() })}
                </p>
              )}
            </Show>
            <label for="code">{t('signin.code')}</label>
            <input
              id="code"
              name="code"
              ref={codeInput}
              inputmode="numeric"
              autocomplete="one-time-code"
              pattern="[0-9]{6}"
              maxlength="6"
              required
              aria-describedby="code-hint"
              value={code()}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
            <small id="code-hint" class="muted">
              {t('signin.codeHint', { phone: to() })}
            </small>
            <button type="submit" disabled={busy()}>
              {busy() ? t('signin.signingIn') : t('signin.submit')}
            </button>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setSentTo(null);
                setCode('');
              }}
            >
              {t('signin.changePhone')}
            </button>
          </form>
        )}
      </Show>
      <Show when={error()}>{(message) => <ErrorNote message={message()} />}</Show>
    </section>
  );
}

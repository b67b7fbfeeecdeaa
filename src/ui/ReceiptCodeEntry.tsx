import { useNavigate } from '@solidjs/router';
import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { parseReceiptCode } from '../core/receipt-code';
import { t } from '../i18n';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;
const detectorClass = () => (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/**
 * Open a receipt link from the app: scan its QR code where the browser has BarcodeDetector
 * (camera is allowed to this origin only), or type the code — which always works.
 */
export function ReceiptCodeEntry() {
  const navigate = useNavigate();
  const inputId = createUniqueId();
  const [error, setError] = createSignal<string | null>(null);
  const [scanning, setScanning] = createSignal(false);
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let timer: number | undefined;

  function open(raw: string): boolean {
    const code = parseReceiptCode(raw);
    if (!code) {
      setError(t('scan.invalid'));
      return false;
    }
    stop();
    navigate(`/r/${encodeURIComponent(code)}`);
    return true;
  }

  // Bumped by every scan and every stop (including the screen going away): a camera stream
  // that arrives for an older attempt, e.g. after the permission prompt outlived the screen,
  // is stopped at once instead of leaving the camera on.
  let attempt = 0;

  function stop() {
    attempt++;
    if (timer !== undefined) clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
    setScanning(false);
  }
  onCleanup(stop);

  async function scan() {
    const Detector = detectorClass();
    if (!Detector) return;
    const mine = ++attempt;
    setError(null);
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      if (mine !== attempt) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      stream = media;
      setScanning(true);
      if (!video) return;
      video.srcObject = stream;
      await video.play();
      const detector = new Detector({ formats: ['qr_code'] });
      const tick = async () => {
        if (!stream || !video) return;
        const found = await detector.detect(video).catch(() => []);
        const value = found[0]?.rawValue;
        if (value && open(value)) return;
        timer = window.setTimeout(tick, 250);
      };
      void tick();
    } catch {
      if (mine !== attempt) return;
      stop();
      setError(t('scan.cameraFailed'));
    }
  }

  return (
    <section class="card code-entry" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('scan.title')}</h2>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          open(new FormData(event.currentTarget).get('code')?.toString() ?? '');
        }}
      >
        <label for={inputId}>{t('scan.codeLabel')}</label>
        <div class="inline-row">
          <input
            id={inputId}
            name="code"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            aria-describedby={error() ? `${inputId}-error` : undefined}
            aria-invalid={error() ? 'true' : undefined}
          />
          <button type="submit">{t('scan.open')}</button>
        </div>
      </form>
      <Show when={error()}>
        <p id={`${inputId}-error`} class="error-note" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={detectorClass()}>
        <Show
          when={scanning()}
          fallback={
            <button type="button" class="secondary" onClick={scan}>
              {t('scan.camera')}
            </button>
          }
        >
          <video ref={video} class="scanner" muted playsinline aria-label={t('scan.viewfinder')} />
          <button type="button" class="secondary" onClick={stop}>
            {t('scan.stop')}
          </button>
        </Show>
      </Show>
    </section>
  );
}

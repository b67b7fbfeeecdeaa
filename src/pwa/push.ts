/**
 * Turning notifications on and off (Settings): ask permission, then subscribe with the push
 * service. Where there is none — no applicationServerKey in this build, a browser without
 * push, or a private window — it fails with a reason the screen can put into words.
 */

export type PushState = 'unsupported' | 'denied' | 'off' | 'on';
export type PushFailure = 'unsupported' | 'denied' | 'no-push-service';

/** The push service's public key (VAPID), base64url, given at build time. */
const PUBLIC_KEY = import.meta.env.VITE_PUSH_PUBLIC_KEY as string | undefined;

function supported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in globalThis && 'Notification' in globalThis;
}

/** The worker's registration, waiting a little for a first install; null if there is none. */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function readPushState(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const existing = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
  return existing && Notification.permission === 'granted' ? 'on' : 'off';
}

/** Asks permission and subscribes; resolves with the reason when it could not. */
export async function turnOnNotifications(): Promise<PushFailure | null> {
  if (!supported()) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const worker = await registration();
  if (!worker) return 'unsupported';
  try {
    await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: PUBLIC_KEY ? keyBytes(PUBLIC_KEY) : undefined,
    });
    return null;
  } catch (error) {
    console.warn('Push subscription failed', error);
    return 'no-push-service';
  }
}

export async function turnOffNotifications(): Promise<void> {
  if (!supported()) return;
  const existing = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
  await existing?.unsubscribe();
}

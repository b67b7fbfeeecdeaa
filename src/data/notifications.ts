/**
 * Turning notifications on and off (Settings): ask permission, subscribe with the push
 * service, then register the subscription with the backend (it cannot push otherwise). Where
 * there is no push service — no applicationServerKey in this build, a browser without push,
 * or a private window — or the backend cannot be told, it fails with a reason the screen can
 * put into words, and nothing stays subscribed.
 */
import type { PushLanguage } from '../api/schemas/push-subscription';

export type PushState = 'unsupported' | 'denied' | 'off' | 'on';
export type PushFailure = 'unsupported' | 'denied' | 'no-push-service' | 'not-registered';

/** The backend calls load only when the switch is used. */
const backend = () => import('./push-subscription');

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

async function currentSubscription(): Promise<PushSubscription | null> {
  return (await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription()) ?? null;
}

/**
 * Asks permission, subscribes and registers the subscription with the backend in `language`
 * (the interface language); resolves with the reason when it could not.
 */
export async function turnOnNotifications(language: PushLanguage): Promise<PushFailure | null> {
  if (!supported()) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const worker = await registration();
  if (!worker) return 'unsupported';
  let subscription: PushSubscription;
  try {
    subscription = await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: PUBLIC_KEY ? keyBytes(PUBLIC_KEY) : undefined,
    });
  } catch (error) {
    console.warn('Push subscription failed', error);
    return 'no-push-service';
  }
  const { savePushSubscription, deletePushSubscription } = await backend();
  try {
    await savePushSubscription(subscription.toJSON(), language);
    return null;
  } catch (error) {
    // A subscription the backend does not know would look "on" and never ring: undo it. The
    // save may have been applied with its answer lost, so ask the backend to forget it too.
    console.warn('Push subscription not registered', error);
    void deletePushSubscription(subscription.endpoint).catch(() => undefined);
    await subscription.unsubscribe().catch(() => false);
    return 'not-registered';
  }
}

/**
 * Tells the backend to stop (best effort: offline, the push service's endpoint dies with the
 * unsubscription below and a backend drops it on its next 404/410) and unsubscribes here.
 */
export async function turnOffNotifications(): Promise<void> {
  if (!supported()) return;
  const existing = await currentSubscription();
  if (!existing) return;
  const told = backend()
    .then(({ deletePushSubscription }) => deletePushSubscription(existing.endpoint))
    .catch((error: unknown) => console.warn('Push subscription not removed from the backend', error));
  await existing.unsubscribe();
  await told;
}

/** Re-registers the current subscription in a new interface language; false if that failed. */
export async function updateNotificationLanguage(language: PushLanguage): Promise<boolean> {
  if (!supported()) return false;
  const existing = await currentSubscription();
  if (!existing) return false;
  try {
    await (await backend()).savePushSubscription(existing.toJSON(), language);
    return true;
  } catch (error) {
    console.warn('Push subscription language not updated', error);
    return false;
  }
}

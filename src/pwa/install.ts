import { createSignal } from 'solid-js';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const [installEvent, setInstallEvent] = createSignal<BeforeInstallPromptEvent | null>(null);

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's prompt for our own button, offered only where it exists.
    event.preventDefault();
    setInstallEvent(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => setInstallEvent(null));
}

export const canInstall = () => installEvent() !== null;

export async function promptInstall(): Promise<void> {
  const event = installEvent();
  if (!event) return;
  await event.prompt();
  await event.userChoice;
  setInstallEvent(null);
}

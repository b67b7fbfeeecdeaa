/// <reference types="vite/client" />
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** Base URL of a real backend; empty means same origin (the mock in dev and preview). */
  readonly VITE_API_BASE?: string;
  /** The push service's public (VAPID) key, base64url; without it the browser's default is tried. */
  readonly VITE_PUSH_PUBLIC_KEY?: string;
}

import { A, Navigate, type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, ErrorBoundary, For, type JSX, Match, Show, Suspense, Switch } from 'solid-js';
import { session } from '../data/session';
import { t } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { ErrorNote, Loading } from '../ui/states';
import { PUBLIC_PATHS } from './routes';
import { StatusBar } from './StatusBar';

const NAV: { href: string; label: MessageKey; icon: JSX.Element }[] = [
  { href: '/', label: 'nav.inbox', icon: <path d="M4 5h16v10h-4l-2 3h-4l-2-3H4z" /> },
  { href: '/businesses', label: 'nav.businesses', icon: <path d="M4 10h16v10H4zM3 10l2-6h14l2 6" /> },
  { href: '/orders', label: 'nav.orders', icon: <path d="M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10" /> },
  { href: '/payments', label: 'nav.payments', icon: <path d="M3 6h18v12H3zM3 10h18M7 15h4" /> },
  {
    href: '/settings',
    label: 'nav.settings',
    icon: (
      <path d="M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" />
    ),
  },
];

/** The frame around every screen: header with status, content, bottom navigation. */
export function Shell(props: RouteSectionProps) {
  const location = useLocation();
  const isPublic = () => PUBLIC_PATHS.some((pattern) => pattern.test(location.pathname));
  const next = () => encodeURIComponent(location.pathname + location.search);

  // Move focus to the new screen's content so screen readers announce it.
  let main: HTMLElement | undefined;
  let first = true;
  createEffect(() => {
    location.pathname;
    if (first) first = false;
    else main?.focus({ preventScroll: true });
  });

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <span class="brand">{t('app.name')}</span>
        <StatusBar />
      </header>
      <main id="main" tabindex="-1" ref={main}>
        <Switch>
          <Match when={session() === undefined}>
            <Loading />
          </Match>
          <Match when={session() === null && !isPublic()}>
            <Navigate href={`/signin?next=${next()}`} />
          </Match>
          <Match when={true}>
            {/* A screen that fails (a chunk that cannot load offline, a bug) says so; the shell stays. */}
            <ErrorBoundary
              fallback={(error) => {
                console.error('Screen failed', error);
                // A reload also retries a screen's chunk, which a failed import() would not.
                return <ErrorNote message={t('screen.failed')} onRetry={() => window.location.reload()} />;
              }}
            >
              <Suspense fallback={<Loading />}>{props.children}</Suspense>
            </ErrorBoundary>
          </Match>
        </Switch>
      </main>
      <UpdatePrompt />
      <Show when={session()}>
        <nav class="tabbar" aria-label={t('nav.label')}>
          <For each={NAV}>
            {(item) => (
              <A href={item.href} end={item.href === '/'} activeClass="active">
                <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
                  {item.icon}
                </svg>
                <span>{t(item.label)}</span>
              </A>
            )}
          </For>
        </nav>
      </Show>
    </>
  );
}

// Trusted Types must be in force before Solid builds its first template.
import './trusted-types';
import './styles.css';
import { render } from 'solid-js/web';
import { App } from './app/app';
import { loadInitialLocale } from './i18n';

/** Resolves after the browser has painted a frame: index.html's shell shows before the app. */
const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void Promise.all([loadInitialLocale(), afterFirstPaint()]).then(() => {
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(() => <App />, root);
  // Session, sync and the worker: after the first render, in their own chunk.
  void import('./app/start').then(({ startApp }) => startApp());
});

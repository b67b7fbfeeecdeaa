// Trusted Types must be in force before Solid builds its first template.
import './trusted-types';
import './styles.css';
import { render } from 'solid-js/web';
import { App } from './app';
import { loadInitialLocale } from './i18n';
import { startApp } from './start';

void loadInitialLocale().then(() => {
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(() => <App />, root);
  void startApp();
});

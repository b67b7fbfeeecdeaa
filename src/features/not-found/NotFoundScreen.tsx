import { A } from '@solidjs/router';
import { t } from '../../i18n';

export default function NotFoundScreen() {
  return (
    <section aria-labelledby="notfound-title" class="centered">
      <h1 id="notfound-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <A href="/">{t('notFound.home')}</A>
    </section>
  );
}

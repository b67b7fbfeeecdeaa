import { For } from 'solid-js';
import type { Business } from '../api/schemas';
import { t } from '../i18n';

/** The business's data-use statement: controller, purposes, retention, privacy policy (GDPR Art. 13). */
export function DataUse(props: { business: Business; headingLevel?: 2 | 3 }) {
  const use = () => props.business.dataUse;
  return (
    <section class="card" aria-labelledby={`data-use-${props.business.id}`}>
      {props.headingLevel === 3 ? (
        <h3 id={`data-use-${props.business.id}`}>{t('dataUse.title')}</h3>
      ) : (
        <h2 id={`data-use-${props.business.id}`}>{t('dataUse.title')}</h2>
      )}
      <dl class="facts">
        <dt>{t('dataUse.controller')}</dt>
        <dd>{use().controller}</dd>
        <dt>{t('dataUse.purposes')}</dt>
        <dd>
          <ul>
            <For each={use().purposes}>{(purpose) => <li>{purpose}</li>}</For>
          </ul>
        </dd>
        <dt>{t('dataUse.retention')}</dt>
        <dd>{use().retention}</dd>
      </dl>
      <p>
        <a href={use().privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
          {t('dataUse.policy')}
        </a>{' '}
        <span class="muted">{t('dataUse.version', { version: use().version })}</span>
      </p>
    </section>
  );
}

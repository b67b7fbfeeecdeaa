import { Match, Switch } from 'solid-js';
import type { AfterNo } from '../../core/after-no';
import { t } from '../../i18n';
import { formatDuration } from '../../i18n/duration';

/** The "Messaged after you said no" mark on a message, with a one-tap report. */
export function AfterNoNote(props: { verdict: AfterNo; onReport: () => void }) {
  const topic = () => t(`topic.${props.verdict.topic}`);
  return (
    <div class="after-no">
      <strong class="after-no-label">
        <span aria-hidden="true">⚠ </span>
        {t('afterNo.label')}
      </strong>
      <span class="after-no-detail">
        <Switch>
          <Match when={props.verdict.kind === 'after' && props.verdict}>
            {(v) => t('afterNo.after', { delay: formatDuration(v().delayMs), topic: topic() })}
          </Match>
          <Match when={props.verdict.kind === 'never'}>{t('afterNo.never', { topic: topic() })}</Match>
          <Match when={props.verdict.kind === 'blocked'}>{t('afterNo.blocked')}</Match>
        </Switch>
      </span>
      <button type="button" class="link-button" aria-haspopup="dialog" onClick={() => props.onReport()}>
        {t('afterNo.report')}
      </button>
    </div>
  );
}

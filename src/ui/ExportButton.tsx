import { createSignal } from 'solid-js';
import { downloadExport } from '../data/export';
import { describeError, t } from '../i18n';

/** Saves every consent record and all the consumer's data as a JSON file, offline too. */
export function ExportButton() {
  const [said, setSaid] = createSignal('');
  async function run() {
    try {
      setSaid(t('privacy.exported', { file: await downloadExport() }));
    } catch (error) {
      setSaid(describeError(error));
    }
  }
  return (
    <>
      <button type="button" onClick={() => void run()}>
        {t('privacy.export')}
      </button>
      <p role="status" class="muted">
        {said()}
      </p>
    </>
  );
}

import { createSignal, Show } from 'solid-js';
import type { Business } from '../../api/schemas';
import { setBlocked } from '../../data/blocks';
import { recordConsentChange } from '../../data/consent';
import { useConsent } from '../../data/queries';
import { describeError, t } from '../../i18n';
import { ActionNotice } from '../../ui/ActionNotice';
import { ReportDialog } from './ReportDialog';
import { ReportStatus } from './ReportStatus';

/**
 * `Block`/`Unblock` and `Report` for a business's profile header (issue 4 §5–6). Blocking is
 * one tap, works offline and offers Undo, which unblocks and gives back the topics it took.
 */
export function BusinessActions(props: { business: Business }) {
  const consent = useConsent(() => props.business.id);
  const blocked = () => consent.latest?.blocked ?? false;
  const [reporting, setReporting] = createSignal(false);
  const [notice, setNotice] = createSignal<{ text: string; undo?: () => Promise<void> } | null>(null);
  const undoOf = (undo: (() => Promise<void>) | undefined) =>
    undo
      ? () => {
          setNotice(null);
          void undo().catch((error) => setNotice({ text: describeError(error) }));
        }
      : null;

  async function block() {
    const before = { ...(consent.latest?.topics ?? {}) };
    const name = props.business.displayName;
    try {
      await setBlocked({
        businessId: props.business.id,
        blocked: true,
        method: 'profile',
        shownText: t('block.shownText', { name }),
      });
      const given = Object.fromEntries(Object.entries(before).filter(([, on]) => on));
      setNotice({
        text: t('block.done', { name }),
        undo: async () => {
          await setBlocked({
            businessId: props.business.id,
            blocked: false,
            method: 'profile',
            shownText: t('block.undo'),
          });
          if (Object.keys(given).length > 0)
            await recordConsentChange({
              businessId: props.business.id,
              topics: given,
              method: 'profile',
              shownText: t('block.undoShownText', { name }),
              dataUseVersion: props.business.dataUse.version,
            });
        },
      });
    } catch (error) {
      setNotice({ text: describeError(error) });
    }
  }

  async function unblock() {
    try {
      await setBlocked({
        businessId: props.business.id,
        blocked: false,
        method: 'profile',
        shownText: t('block.unblockShownText', { name: props.business.displayName }),
      });
      setNotice({ text: t('block.undone', { name: props.business.displayName }) });
    } catch (error) {
      setNotice({ text: describeError(error) });
    }
  }

  return (
    <div class="business-actions">
      <div class="action-row">
        <Show
          when={blocked()}
          fallback={
            <button type="button" class="secondary danger-outline" onClick={() => void block()}>
              {t('block.block')}
            </button>
          }
        >
          <button type="button" class="secondary" onClick={() => void unblock()}>
            {t('block.unblock')}
          </button>
        </Show>
        <button type="button" class="secondary" aria-haspopup="dialog" onClick={() => setReporting(true)}>
          {t('report.open')}
        </button>
      </div>
      <ActionNotice text={notice()?.text} onUndo={undoOf(notice()?.undo)} />
      <Show when={blocked()}>
        <p class="muted">{t('block.explain')}</p>
      </Show>
      <ReportStatus businessId={props.business.id} />
      <Show when={reporting()}>
        <ReportDialog business={props.business} method="profile" onClose={() => setReporting(false)} />
      </Show>
    </div>
  );
}

/**
 * Sends the outbox, then syncs (loading that code on first use), so what the server answers
 * already includes the consumer's own changes. Concurrent calls share one sync run.
 */
export async function requestSync(): Promise<void> {
  const [{ flushOutbox }, { syncNow }] = await Promise.all([import('./outbox'), import('./sync')]);
  await flushOutbox().catch((error: unknown) => console.warn('Outbox flush failed', error));
  await syncNow();
}

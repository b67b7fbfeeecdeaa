import { call } from '../api/client';
import { endpoints } from '../api/endpoints';

/** Resolves a receipt link's code through the backend (no session needed). */
export function resolveReceiptLink(code: string) {
  return call(endpoints.resolveLink, { params: { code } });
}

/** A new idempotency key or record id (RFC 9562 UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}

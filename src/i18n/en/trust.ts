/** English messages for the trust screens. Spanish in ../es/trust.ts. */
export const trust = {} as const;

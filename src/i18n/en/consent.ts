/** English messages for the consent screens. Spanish in ../es/consent.ts. */
export const consent = {} as const;

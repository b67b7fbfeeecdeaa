/** English messages for the orders screens. Spanish in ../es/orders.ts. */
export const orders = {} as const;

/**
 * Where the client finds the bearer token, set by the session. Kept apart from client.ts so
 * the first screen can wire the session without loading the client and its validation code.
 */
let getToken: () => string | null = () => null;
let onUnauthenticated: () => void = () => {};

export function configureClient(options: { getToken: () => string | null; onUnauthenticated?: () => void }): void {
  getToken = options.getToken;
  onUnauthenticated = options.onUnauthenticated ?? (() => {});
}

export const currentToken = (): string | null => getToken();
export const reportUnauthenticated = (): void => onUnauthenticated();

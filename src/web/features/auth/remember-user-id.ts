/** "Remember User ID" keeps only the user ID on this browser, never the password. */
const storageKey = 'priora.rememberedUserId';

export function readRememberedUserId(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode, policy)
  }
}

export function rememberUserId(userName: string | null): void {
  try {
    if (userName) {
      window.localStorage.setItem(storageKey, userName);
    } else {
      window.localStorage.removeItem(storageKey);
    }
  } catch {
    // Not remembering is harmless.
  }
}

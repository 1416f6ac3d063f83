/**
 * Why the person is being sent to the login page, set just before the session is dropped
 * (log out, inactivity, a 401 from the API). The route guard reads it to choose the login
 * page's message and whether to come back to the current page after signing in.
 */
export interface SignOutNotice {
  message: string;
  /** Return to the page they were on after signing in again. */
  returnHere: boolean;
}

let notice: SignOutNotice | null = null;

export function setSignOutNotice(next: SignOutNotice): void {
  notice = next;
}

export function peekSignOutNotice(): SignOutNotice | null {
  return notice;
}

export function clearSignOutNotice(): void {
  notice = null;
}

/**
 * Whether the menu and the home page offer Clinical Certification and Certification Requests In
 * Progress. The wizard's routes work either way (/cases/new, /cases/:id, /cases/in-progress), but
 * until a request can be carried through clinical information to SUBMIT CASE, an office must not
 * be invited to start one it cannot finish. Switch on when submission works.
 */
export const CASE_WIZARD_READY = true;

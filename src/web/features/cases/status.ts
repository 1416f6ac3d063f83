/** Case status words are shared with the server (src/contracts/case-status.ts). */
export { isPending, statusLabel } from '../../../contracts/case-status.ts';

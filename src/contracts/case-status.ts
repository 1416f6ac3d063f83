/** How case statuses read in the portal and the back office (server codes → the seeds' words). */
export const CASE_STATUS_LABELS: Record<string, string> = {
  in_progress: 'In progress',
  approved: 'Approved',
  partially_approved: 'Partially Approved',
  pending_clinical_review: 'Pending clinical review',
  pending_medical_review: 'Pending medical director review',
  additional_information_received: 'Additional Information Received, Pending Medical Director Review',
  on_hold: 'On hold: information requested',
  denied: 'Denied',
  administratively_denied: 'Administratively denied',
  alternative_recommended: 'Alternative recommendation',
  cancelled: 'Cancelled',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

export function statusLabel(status: string | null | undefined): string {
  if (!status) {
    return '';
  }
  return CASE_STATUS_LABELS[status] ?? status.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

/** Waiting for a person's decision: the review queue's statuses, and the ones that accept more clinicals. */
export const REVIEW_STATUSES = ['pending_clinical_review', 'pending_medical_review', 'additional_information_received'] as const;

/** The review queue lists these: the statuses waiting for a decision, and cases on hold (not decided until they come back). */
export const QUEUE_STATUSES = [...REVIEW_STATUSES, 'on_hold'] as const;

/** Still open: waiting for a decision or on hold; the office may send more clinicals. */
export function isPending(status: string): boolean {
  return (QUEUE_STATUSES as readonly string[]).includes(status);
}

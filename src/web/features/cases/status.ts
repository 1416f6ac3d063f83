/** How case statuses read in the app (server codes → the portal's words). */
const labels: Record<string, string> = {
  in_progress: 'In progress',
  approved: 'Approved',
  partially_approved: 'Partially Approved',
  pending_clinical_review: 'Pending clinical review',
  pending_medical_review: 'Pending medical director review',
  additional_information_received: 'Additional Information Received, Pending Medical Director Review',
  denied: 'Denied',
  administratively_denied: 'Administratively denied',
  cancelled: 'Cancelled',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

export function statusLabel(status: string | null | undefined): string {
  if (!status) {
    return '';
  }
  return labels[status] ?? status.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

/** Pending statuses accept additional clinical uploads. */
export function isPending(status: string): boolean {
  return status === 'pending_clinical_review' || status === 'pending_medical_review' || status === 'additional_information_received';
}

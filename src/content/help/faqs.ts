/**
 * Frequently asked questions about using Priora (Resources → FAQs), for office staff. Content is
 * data: edit the wording here. The numbers that vary by plan (how long a request can wait to
 * be finished, the retro window, upload limits, decision times) are not written here: they come
 * from the plan policies in force (src/app/resources/faqs.ts fills them in), so the answers never
 * disagree with what the portal does.
 */

/** A number as most plans have it, and the plans (with program and line of business) that differ. */
export interface PlanFact {
  usual: string;
  exceptions: readonly string[];
}

export interface FaqFacts {
  /** "2 business days": how long an unsubmitted request is kept. */
  inProgressExpiry: PlanFact;
  /** "14 calendar days from the date of service". */
  retroWindow: PlanFact;
  /** "up to 5 files (.pdf, .doc, .docx), 5 MB each". */
  uploads: PlanFact;
  /** "2 business days after complete clinical information". */
  standardDecision: PlanFact;
  /** "72 hours after complete clinical information". */
  urgentDecision: PlanFact;
  /** The vendor's line, formatted: "(800) 555-0100". */
  supportPhone: string;
  supportHours: string;
}

export interface FaqEntry {
  id: string;
  topic: string;
  question: string;
  /** Paragraphs of plain text. */
  answer: readonly string[];
}

/** "2 business days." or "2 business days for most plans. Exceptions: …." */
function fact(value: PlanFact, after = ''): string {
  if (value.exceptions.length === 0) {
    return `${value.usual}${after}.`;
  }
  return `${value.usual}${after} for most plans. Where it differs: ${value.exceptions.join('; ')}.`;
}

export function faqs(facts: FaqFacts): FaqEntry[] {
  return [
    {
      id: 'how-to-request',
      topic: 'Requesting an authorization',
      question: 'How do I request an authorization?',
      answer: [
        'Choose Clinical Certification in the menu. Pick the program, the requesting provider, the health plan, check the contact information, find the member, give the date of service, the procedure and diagnosis, and the site of service. A bar at the top shows how far along you are, and you can go back to any finished step with EDIT until you proceed to clinical information.',
        'After you confirm the request (the provider, member and service can no longer be changed), say whether it is standard or urgent and answer the clinical questions. The review page shows each guideline criterion and whether your answers meet it. Then SUBMIT CASE.',
        'When every criterion is met the request is approved at once and you get the authorization number. Otherwise it goes to a nurse or physician reviewer with a case number; nothing is ever denied automatically.',
      ],
    },
    {
      id: 'which-codes',
      topic: 'Requesting an authorization',
      question: 'How do I know whether a service needs authorization?',
      answer: [
        'Resources → Codes Requiring Authorization lists, for each health plan, the programs it has us review and the procedure codes in each, with the settings where authorization does not apply (for example an emergency room or an inpatient stay). You can download the list as a spreadsheet (CSV).',
        'For one member, Eligibility Lookup tells you whether the member is covered on a date and whether a procedure code needs authorization under the member’s plan.',
      ],
    },
    {
      id: 'finish-later',
      topic: 'Requesting an authorization',
      question: 'Can I start a request and finish it later?',
      answer: [
        'Yes. Your answers are saved as you go; on the clinical questions FINISH LATER keeps the request in Certification Requests In Progress, where you resume it where you stopped.',
        `An unsubmitted request is kept for ${fact(facts.inProgressExpiry)} After that it expires: nothing is sent to anyone, and you start a new request if it is still needed.`,
      ],
    },
    {
      id: 'urgent',
      topic: 'Requesting an authorization',
      question: 'When is a request urgent, and what does it need?',
      answer: [
        'A request is urgent when waiting for a standard decision could seriously jeopardize the member’s life, health or ability to regain maximum function, or when the member has severe pain that cannot be managed without the service.',
        'An urgent request needs at least one clinical document uploaded with it. Without an upload it is reviewed as a standard request, and the portal tells you so before you submit.',
        `Urgent requests are decided within ${fact(facts.urgentDecision)} Standard requests are decided within ${fact(facts.standardDecision)}`,
      ],
    },
    {
      id: 'uploads',
      topic: 'Clinical documents',
      question: 'What can I upload, and when?',
      answer: [
        `You can upload ${fact(facts.uploads)} Each file is checked by its content, not only by its name: a file that is not really a PDF, Word document or image is refused.`,
        'Upload while you request (the urgent step, and the review page when the criteria are not met), or later from the request’s detail (Authorization Lookup → Upload additional clinical) while it is pending. Documents uploaded before the reviewer decides are part of the review.',
      ],
    },
    {
      id: 'retro',
      topic: 'Requesting an authorization',
      question: 'The service was already performed. Can I still request it?',
      answer: [
        'Yes, as a retrospective request: enter the date the service was performed and answer Yes when asked whether it was already performed.',
        `The plan accepts retrospective requests within ${fact(facts.retroWindow)} A later request is administratively denied: the portal warns you on the review page before you submit.`,
      ],
    },
    {
      id: 'status',
      topic: 'After you submit',
      question: 'Where do I see the status of a request?',
      answer: [
        'Certification Summary lists your office’s requests with tabs by status (pending, approved, partially approved, denied, cancelled), a search, and a filter per column. Authorization Lookup finds a request by the member (plan, patient ID and date of birth) or by the authorization or case number with the ordering provider’s NPI, and shows its detail, documents and letters.',
        'If “receive notification of case status changes” was left on in the contact step, you are emailed when the status changes.',
      ],
    },
    {
      id: 'peer-to-peer',
      topic: 'After a decision',
      question: 'What is a peer-to-peer discussion?',
      answer: [
        'A peer-to-peer (P2P) discussion is a call between the ordering physician (or someone they name) and the physician reviewer about a request that did not meet the criteria.',
        'What it can do depends on the member’s plan and line of business. For some it can happen before a decision and may change the outcome; for others, after a denial it is consultative only and the decision stands unless an appeal changes it. The decision letter and the request’s detail say which applies and until when.',
        'To schedule one, call the number shown in Resources → Contact Lookup for the plan and program, with the case number and the member’s date of birth.',
      ],
    },
    {
      id: 'reconsideration-appeal',
      topic: 'After a decision',
      question: 'Can a decision be reconsidered or appealed?',
      answer: [
        'Usually, yes, but the options and their deadlines depend on the member’s line of business and on what the plan has asked us to handle. Medicaid plans usually allow a reconsideration within a short time after the decision; commercial plans allow one before an appeal; Medicare has no reconsideration, only appeals.',
        'Appeals are often sent to the health plan itself rather than to us. The decision letter lists every option open for that case, with the date each one closes. When you ask for a reconsideration on the web you upload new clinical information with it.',
      ],
    },
    {
      id: 'providers',
      topic: 'Your account',
      question: 'How do I add a provider to our account?',
      answer: [
        'Manage Your Account → ADD PROVIDER: search by NPI, state and zip, pick the matching record, and add it. You can also find and add a provider by NPI during a request. Providers must be on your account before you request for them.',
      ],
    },
    {
      id: 'sign-in',
      topic: 'Your account',
      question: 'I forgot my user ID or password, or my account is locked.',
      answer: [
        'Use Forgot User ID or Forgot Password on the login page: we email you your user ID, or a link to choose a new password. After several wrong passwords, sign-in to that user ID is paused for a little longer after each try; wait and try again, or reset your password.',
        `If that does not help, call us at ${facts.supportPhone} (${facts.supportHours}). We will never ask for your password.`,
      ],
    },
  ];
}

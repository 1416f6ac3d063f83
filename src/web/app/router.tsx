import { createBrowserRouter } from 'react-router';
import type { ReactNode } from 'react';
import { FullPageLoader } from '../components/full-page-loader.tsx';
import { AccountPage } from '../features/account/components/account-page.tsx';
import { AddPractitionerPage } from '../features/account/components/add-practitioner-page.tsx';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page.tsx';
import { ForgotUserIdPage } from '../features/auth/components/forgot-user-id-page.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { MfaPage } from '../features/auth/components/mfa-page.tsx';
import { RegisterPage } from '../features/auth/components/register-page.tsx';
import { RegistrationSentPage } from '../features/auth/components/registration-sent-page.tsx';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page.tsx';
import { VerifyEmailPage } from '../features/auth/components/verify-email-page.tsx';
import { HomePage } from '../features/home/components/home-page.tsx';
import { CodeLookupPage } from '../features/reference/components/code-lookup-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { GuestOnly, RequireAuth, RequireMfaStep, RequirePermission } from './guards.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PublicLayout } from './public-layout.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/** Administration pages are loaded on demand: most people never open them. */
const lazyAdmin = {
  users: async () => ({ Component: (await import('../features/admin/components/users-page.tsx')).UsersPage }),
  outbox: async () => ({ Component: (await import('../features/admin/components/outbox-page.tsx')).OutboxPage }),
  audit: async () => ({ Component: (await import('../features/admin/components/audit-page.tsx')).AuditPage }),
};

/**
 * A page loaded on first use and shown only to sessions with one of the permissions (the server
 * decides what is allowed; this keeps a link or a typed address from showing a page that fails).
 */
const guardedPage = (anyOf: string[], load: () => Promise<() => ReactNode>) => async () => {
  const Page = await load();
  return {
    Component: () => (
      <RequirePermission anyOf={anyOf}>
        <Page />
      </RequirePermission>
    ),
  };
};

/** Plan configuration (plan administrators; system administrators read it). */
const lazyPlans = {
  plans: guardedPage(['plans.read'], async () => (await import('../features/plans/components/plans-page.tsx')).PlansPage),
  plan: guardedPage(['plans.read'], async () => (await import('../features/plans/components/plan-page.tsx')).PlanPage),
  policy: guardedPage(['plans.read'], async () => (await import('../features/plans/components/policy-page.tsx')).PolicyPage),
  codeLists: guardedPage(['plans.read'], async () => (await import('../features/plans/components/code-lists-page.tsx')).CodeListsPage),
};

/** Resources (PRODUCT.md C7), for every signed-in role, and Help / Contact Us, for everyone. */
const lazyResources = {
  guidelines: guardedPage(['resources.read'], async () => (await import('../features/resources/components/guidelines-page.tsx')).GuidelinesPage),
  guideline: guardedPage(['resources.read'], async () => (await import('../features/resources/components/guideline-page.tsx')).GuidelinePage),
  worksheets: guardedPage(['resources.read'], async () => (await import('../features/resources/components/worksheets-page.tsx')).WorksheetsPage),
  authorizationCodes: guardedPage(['resources.read'], async () => (await import('../features/resources/components/authorization-codes-page.tsx')).AuthorizationCodesPage),
  contacts: guardedPage(['resources.read'], async () => (await import('../features/resources/components/contact-lookup-page.tsx')).ContactLookupPage),
  faqs: guardedPage(['resources.read'], async () => (await import('../features/resources/components/faqs-page.tsx')).FaqsPage),
  /** The signed-in frame for a signed-in person, the public one otherwise. */
  helpLayout: async () => ({ Component: (await import('../features/resources/components/help-layout.tsx')).HelpLayout }),
  help: async () => ({ Component: (await import('../features/resources/components/help-page.tsx')).HelpPage }),
};

/** Clinical Certification is loaded on first use (it is most of the office-facing code). */
const lazyCases = {
  newCase: guardedPage(['cases.create'], async () => (await import('../features/cases/components/new-case-page.tsx')).NewCasePage),
  inProgress: guardedPage(['cases.read'], async () => (await import('../features/cases/components/in-progress-page.tsx')).InProgressPage),
  worklist: guardedPage(['cases.read'], async () => (await import('../features/cases/components/worklist-page.tsx')).WorklistPage),
  summary: guardedPage(['cases.read'], async () => (await import('../features/cases/components/submission-summary-page.tsx')).SubmissionSummaryPage),
  detail: guardedPage(['cases.read'], async () => (await import('../features/cases/components/case-detail-page.tsx')).CaseDetailPage),
  lookup: guardedPage(['cases.read'], async () => (await import('../features/cases/components/lookup-page.tsx')).LookupPage),
  eligibility: guardedPage(['cases.read', 'cases.create'], async () => (await import('../features/cases/components/eligibility-page.tsx')).EligibilityPage),
  wizard: guardedPage(['cases.read'], async () => (await import('../features/cases/components/case-wizard-page.tsx')).CaseWizardPage),
};

/** The reviewer workbench (C5), for nurse reviewers and medical directors. */
const lazyReview = {
  queue: guardedPage(['review.read'], async () => (await import('../features/review/components/review-queue-page.tsx')).ReviewQueuePage),
  case: guardedPage(['review.read'], async () => (await import('../features/review/components/review-case-page.tsx')).ReviewCasePage),
  /** Decision clocks: medical directors supervise the clinical queue. */
  supervisor: guardedPage(['review.deny'], async () => (await import('../features/review/components/supervisor-page.tsx')).SupervisorPage),
};

/** Peer-to-peer scheduling (C6): offices book, medical directors publish hours and hold the calls. */
const lazyP2p = {
  requests: guardedPage(['p2p.request'], async () => (await import('../features/p2p/components/my-p2p-requests-page.tsx')).MyP2pRequestsPage),
  schedule: guardedPage(['p2p.request'], async () => (await import('../features/p2p/components/scheduler-page.tsx')).SchedulerPage),
  appointment: guardedPage(['p2p.request'], async () => (await import('../features/p2p/components/appointment-page.tsx')).AppointmentPage),
  availability: guardedPage(['p2p.availability'], async () => (await import('../features/p2p/components/availability-page.tsx')).AvailabilityPage),
  calendar: guardedPage(['p2p.review'], async () => (await import('../features/p2p/components/reviewer-calendar-page.tsx')).ReviewerCalendarPage),
};

/** The intake agent's Caller's office page (C10): find the caller's office and start or end the call. */
const lazyIntake = guardedPage(['intake.calls'], async () => (await import('../features/intake/components/caller-office-page.tsx')).CallerOfficePage);

/** The legacy portal (C8): its own frame and two pages, loaded only by offices that open it. */
const lazyLegacy = {
  layout: guardedPage(['cases.read'], async () => (await import('./legacy-layout.tsx')).LegacyLayout),
  list: async () => ({ Component: (await import('../features/legacy/components/legacy-cases-page.tsx')).LegacyCasesPage }),
  detail: async () => ({ Component: (await import('../features/legacy/components/legacy-case-page.tsx')).LegacyCasePage }),
};

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageLoader />,
      children: [
        {
          // Only for people who are not signed in.
          element: <GuestOnly />,
          children: [
            {
              element: <PublicLayout />,
              children: [
                { path: 'login', element: <LoginPage /> },
                { path: 'register', element: <RegisterPage /> },
                { path: 'register/complete', element: <RegistrationSentPage /> },
                { path: 'forgot-user-id', element: <ForgotUserIdPage /> },
                { path: 'forgot-password', element: <ForgotPasswordPage /> },
              ],
            },
          ],
        },
        {
          // Email links work whether or not someone is signed in on this browser.
          element: <PublicLayout />,
          children: [
            { path: 'verify-email', element: <VerifyEmailPage /> },
            { path: 'reset-password', element: <ResetPasswordPage /> },
          ],
        },
        {
          element: <RequireMfaStep />,
          children: [{ element: <PublicLayout />, children: [{ path: 'verify', element: <MfaPage /> }] }],
        },
        {
          // Help / Contact Us: signed in (with the menu) or not (from the login page's footer).
          path: 'help',
          lazy: lazyResources.helpLayout,
          children: [{ index: true, lazy: lazyResources.help }],
        },
        {
          element: <RequireAuth />,
          children: [
            {
              path: 'legacy',
              lazy: lazyLegacy.layout,
              children: [
                { index: true, lazy: lazyLegacy.list },
                { path: ':caseId', lazy: lazyLegacy.detail },
              ],
            },
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <HomePage /> },
                {
                  path: 'account',
                  element: (
                    <RequirePermission anyOf={['account.read']}>
                      <AccountPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'account/practitioners/add',
                  element: (
                    <RequirePermission anyOf={['account.practitioners.manage']}>
                      <AddPractitionerPage />
                    </RequirePermission>
                  ),
                },
                {
                  // Clinical Certification. The routes work before the menu offers them (features/cases/readiness.ts).
                  path: 'cases',
                  children: [
                    { index: true, lazy: lazyCases.worklist },
                    { path: 'new', lazy: lazyCases.newCase },
                    { path: 'in-progress', lazy: lazyCases.inProgress },
                    { path: ':caseId', lazy: lazyCases.wizard },
                    { path: ':caseId/summary', lazy: lazyCases.summary },
                    { path: ':caseId/detail', lazy: lazyCases.detail },
                  ],
                },
                { path: 'lookup', lazy: lazyCases.lookup },
                {
                  path: 'review',
                  children: [
                    { index: true, lazy: lazyReview.queue },
                    { path: 'cases/:caseId', lazy: lazyReview.case },
                    { path: 'supervisor', lazy: lazyReview.supervisor },
                  ],
                },
                {
                  path: 'p2p',
                  children: [
                    { index: true, lazy: lazyP2p.requests },
                    { path: 'new', lazy: lazyP2p.schedule },
                    { path: 'availability', lazy: lazyP2p.availability },
                    { path: 'calendar', lazy: lazyP2p.calendar },
                    { path: ':appointmentId', lazy: lazyP2p.appointment },
                  ],
                },
                { path: 'eligibility', lazy: lazyCases.eligibility },
                { path: 'intake', lazy: lazyIntake },
                {
                  path: 'resources',
                  children: [
                    { path: 'guidelines', lazy: lazyResources.guidelines },
                    { path: 'guidelines/:guidelineId', lazy: lazyResources.guideline },
                    { path: 'worksheets', lazy: lazyResources.worksheets },
                    { path: 'authorization-codes', lazy: lazyResources.authorizationCodes },
                    { path: 'contacts', lazy: lazyResources.contacts },
                    { path: 'faqs', lazy: lazyResources.faqs },
                  ],
                },
                {
                  path: 'reference/codes',
                  element: (
                    <RequirePermission anyOf={['reference.read']}>
                      <CodeLookupPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'admin',
                  children: [
                    { path: 'users', lazy: lazyAdmin.users },
                    { path: 'outbox', lazy: lazyAdmin.outbox },
                    { path: 'audit', lazy: lazyAdmin.audit },
                    { path: 'plans', lazy: lazyPlans.plans },
                    { path: 'plans/:code', lazy: lazyPlans.plan },
                    { path: 'policies', lazy: lazyPlans.policy },
                    { path: 'code-lists', lazy: lazyPlans.codeLists },
                  ],
                },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}

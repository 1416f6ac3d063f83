import { Alert, Anchor, Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { CaseView } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import type { WizardPrefill } from '../api/duplicate.ts';
import { useCase } from '../api/get-case.ts';
import { defaultStep, isEditableStep, mayEdit, type EditableStep, type WizardStep } from '../steps.ts';
import { AttestationStep } from './attestation-step.tsx';
import { QuestionnaireStep } from './questionnaire-step.tsx';
import { ReviewStep } from './review-step.tsx';
import { UrgencyStep } from './urgency-step.tsx';
import { CaseReview, CaseSidePanel } from './case-summary.tsx';
import { ContactStep } from './contact-step.tsx';
import { DateOfServiceStep } from './date-of-service-step.tsx';
import { MemberStep } from './member-step.tsx';
import { PlanStep } from './plan-step.tsx';
import { ProviderStep } from './provider-step.tsx';
import { ServiceStep } from './service-step.tsx';
import { SiteStep } from './site-step.tsx';
import { StepHeading } from './step-heading.tsx';
import { WizardContext, type WizardContextValue } from './wizard-context.tsx';

const stepComponents: Record<EditableStep, () => ReactNode> = {
  provider: ProviderStep,
  plan: PlanStep,
  contact: ContactStep,
  member: MemberStep,
  date_of_service: DateOfServiceStep,
  service: ServiceStep,
  site: SiteStep,
};

/** A request past what this wizard edits (submitted, expired, or beyond the attestation). */
function NotEditable({ view }: { view: CaseView }) {
  return (
    <Stack gap="md">
      <StepHeading>Summary of Your Request</StepHeading>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {view.status === 'in_progress'
          ? 'You have proceeded to clinical information: the provider, patient and service can no longer be changed.'
          : view.status === 'expired'
            ? 'This request expired before it was submitted; it can no longer be changed.'
            : 'This request has been submitted and can no longer be changed here.'}
      </Alert>
      {view.status !== 'in_progress' && view.status !== 'expired' && (
        <Group>
          <Anchor component={Link} to={`/cases/${view.id}/summary`}>
            Summary of the submission
          </Anchor>
          <Anchor component={Link} to={`/cases/${view.id}/detail`}>
            Authorization detail
          </Anchor>
        </Group>
      )}
      <CaseReview view={view} />
    </Stack>
  );
}

const clinicalComponents = {
  attestation: AttestationStep,
  urgency: UrgencyStep,
  questionnaire: QuestionnaireStep,
  review: ReviewStep,
} as const;
type ClinicalStep = keyof typeof clinicalComponents;
const isClinicalStep = (step: string): step is ClinicalStep => step in clinicalComponents;

/**
 * The step to show: an editable step asked for with ?step= while it may change; once locked,
 * ?step=urgency, questionnaire or review within what the request has reached; else where it is.
 */
function chooseStep(view: CaseView, requested: string | null): WizardStep | 'other' {
  if (isEditableStep(requested) && mayEdit(view, requested)) {
    return requested;
  }
  const fallback = defaultStep(view);
  if (view.status !== 'in_progress') {
    return 'other';
  }
  if (view.locked && view.urgency !== null && (requested === 'urgency' || requested === 'questionnaire' || requested === 'review')) {
    return requested;
  }
  if (fallback === 'attestation' && view.locked) {
    return 'urgency';
  }
  return fallback;
}

function Wizard({ view, reload, reloading }: { view: CaseView; reload: () => Promise<unknown>; reloading: boolean }) {
  const [params, setParams] = useSearchParams();
  const [drafts] = useState(() => new Map<string, unknown>());
  // What the last save did that the person may not expect (CaseView.notice), until they dismiss it.
  const [notice, setNotice] = useState<string | null>(null);
  const location = useLocation();
  const [prefill] = useState<WizardPrefill>(() => (location.state as { prefill?: WizardPrefill } | null)?.prefill ?? {});
  const requested = params.get('step');
  const viewing: WizardStep | 'other' = chooseStep(view, requested);

  const context: WizardContextValue = {
    view,
    drafts,
    prefill,
    goTo: (step) => setParams({ step }),
    onSaved: (saved) => {
      setNotice(saved.notice ?? null);
      setParams({ step: String(defaultStep(saved)) });
    },
    reload: async () => {
      await reload();
      // Answers typed on other steps may be older than what the other window saved.
      for (const step of [...drafts.keys()]) {
        if (step !== viewing) {
          drafts.delete(step);
        }
      }
    },
    reloading,
  };

  const StepComponent = isEditableStep(viewing) ? stepComponents[viewing] : isClinicalStep(viewing) ? clinicalComponents[viewing] : null;

  return (
    <WizardContext.Provider value={context}>
      {notice && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)} mb="md" role="status">
          {notice}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          {StepComponent ? <StepComponent key={viewing} /> : <NotEditable view={view} />}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <CaseSidePanel view={view} viewing={viewing} withSteps={StepComponent !== null || view.status === 'in_progress'} />
        </Grid.Col>
      </Grid>
    </WizardContext.Provider>
  );
}

/** /cases/:id: Clinical Certification at the request's current step. */
export function CaseWizardPage() {
  usePageTitle('Clinical Certification');
  const { caseId = '' } = useParams();
  const query = useCase(caseId);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Clinical Certification</Title>
          {query.data && (
            <Group gap="xs" mt={4}>
              <Badge variant="light">{query.data.program.name}</Badge>
              {query.data.caseNumber && <Text size="sm">Case {query.data.caseNumber}</Text>}
            </Group>
          )}
        </div>
        <Anchor component={Link} to="/cases/in-progress" size="sm">
          Certification Requests In Progress
        </Anchor>
      </Group>
      {query.data ? (
        <>
          {query.isRefetchError && <ErrorAlert error={query.error} title="The request could not be reloaded" />}
          <Wizard key={caseId} view={query.data} reload={query.refetch} reloading={query.isRefetching} />
        </>
      ) : query.isError ? (
        isApiError(query.error, 'not_found') ? (
          <Alert color="yellow" title="Request not found">
            There is no request at this address for your office. It may have been submitted or expired, or the link may
            be mistyped.
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )
      ) : (
        <FullPageLoader label="Loading your request…" inline />
      )}
    </Stack>
  );
}

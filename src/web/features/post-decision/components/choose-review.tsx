import { Group, Radio } from '@mantine/core';
import type { PostDecisionOptionView } from '../../../../contracts/letters.ts';
import type { PostDecisionKind } from '../../../../contracts/post-decision.ts';

export type ReviewOption = PostDecisionOptionView & { kind: PostDecisionKind };

const CHOOSE_REVIEW_QUESTION = 'Which post decision review would you like to process?';

interface ChooseReviewProps {
  /** The reviews Priora may take on the web now: two or more. */
  reviews: readonly ReviewOption[];
  value: PostDecisionKind | '';
  onChange: (kind: PostDecisionKind) => void;
}

/**
 * When Priora handles more than one review open at once (a reconsideration and a delegated first
 * level appeal), the office first says which one; the seed's question ("Would you like to process
 * a …?") then follows for that one. Only one review runs at a time: asking for one closes the
 * others while it is under review, and the options table says what stays open afterwards.
 */
export function ChooseReview({ reviews, value, onChange }: ChooseReviewProps) {
  return (
    <Radio.Group
      label={CHOOSE_REVIEW_QUESTION}
      description="Choose one. While it is under review the others cannot be asked for; the post decision options above say which stay open after it."
      value={value}
      onChange={(kind) => {
        const chosen = reviews.find((review) => review.kind === kind);
        if (chosen) {
          onChange(chosen.kind);
        }
      }}
    >
      <Group mt="xs">
        {reviews.map((review) => (
          <Radio key={review.kind} value={review.kind} label={review.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconX } from '@tabler/icons-react';

type RuleState = 'met' | 'unmet' | 'on-save';

interface PasswordRulesProps {
  id: string;
  password: string;
  confirmPassword: string;
  /** Words the password must not contain (user name, first and last name…), as far as the page knows them. */
  personalWords: string[];
}

const MIN_LENGTH = 15;

function ruleIcon(state: RuleState) {
  switch (state) {
    case 'met':
      return (
        <ThemeIcon color="teal" size={20} radius="xl" aria-hidden>
          <IconCheck size={14} />
        </ThemeIcon>
      );
    case 'unmet':
      return (
        <ThemeIcon color="red" size={20} radius="xl" variant="light" aria-hidden>
          <IconX size={14} />
        </ThemeIcon>
      );
    case 'on-save':
      return (
        <ThemeIcon color="gray" size={20} radius="xl" variant="light" aria-hidden>
          <IconCircleDashed size={14} />
        </ThemeIcon>
      );
  }
}

const stateText: Record<RuleState, string> = { met: 'done', unmet: 'not yet', 'on-save': 'checked when you save' };

/**
 * The password rules (NIST 800-63B: length and a blocklist, no composition rules), ticked
 * as the person types. The breached-password list lives on the server, so that rule is
 * checked on save and any problem appears on the field.
 */
export function PasswordRules({ id, password, confirmPassword, personalWords }: PasswordRulesProps) {
  const length = [...password.normalize('NFKC')].length;
  const compact = password.toLowerCase().replace(/\s+/g, '');
  const words = [...personalWords, 'priora'].map((word) => word.toLowerCase().replace(/\s+/g, '')).filter((word) => word.length >= 4);
  const personal = words.some((word) => compact.includes(word));

  const rules: Array<{ label: string; state: RuleState }> = [
    { label: `At least ${MIN_LENGTH} characters (${length} so far)`, state: length >= MIN_LENGTH ? 'met' : 'unmet' },
    { label: 'Not a common or breached password', state: 'on-save' },
    { label: 'Not your name, user name or email address', state: personal ? 'unmet' : password ? 'met' : 'unmet' },
    { label: 'Both passwords match', state: password && password === confirmPassword ? 'met' : 'unmet' },
  ];

  return (
    <div id={id}>
      <Text size="sm" fw={600} mb={4}>
        Your password must be:
      </Text>
      <List spacing={4} size="sm" center>
        {rules.map((rule) => (
          <List.Item key={rule.label} icon={ruleIcon(rule.state)}>
            {rule.label}
            <VisuallyHidden>: {stateText[rule.state]}</VisuallyHidden>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        Tip: a few unrelated words make a long password that is easy to remember. Symbols and numbers are allowed but not
        required.
      </Text>
    </div>
  );
}

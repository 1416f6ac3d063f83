import { Anchor, Collapse, Text } from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';

/** The short HIPAA disclosure a person agrees to when signing in; collapsed until asked for. */
export function HipaaDisclosure() {
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <div>
      <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={opened} aria-controls={id}>
        {opened ? 'Hide the HIPAA disclosure' : 'Read the HIPAA disclosure'}
      </Anchor>
      <Collapse expanded={opened} id={id}>
        <Text size="sm" mt="xs" c="dimmed">
          This portal contains protected health information (PHI) covered by the Health Insurance Portability and
          Accountability Act (HIPAA). By signing in you agree to use only the minimum information you need to request
          or follow up authorizations for patients your office serves; to keep your user ID, password and verification
          codes to yourself; and not to copy, print or share PHI except as your organization&apos;s HIPAA policies
          allow. Every access is logged and may be audited. Misuse can lead to loss of access and to civil or criminal
          penalties.
        </Text>
      </Collapse>
    </div>
  );
}

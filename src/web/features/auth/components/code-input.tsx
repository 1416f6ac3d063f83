import { Input, PinInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface CodeInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  onComplete?: (value: string) => void;
  autoFocus?: boolean;
  label?: string;
}

/**
 * The 6-digit code as Mantine's PinInput. The first box carries the field's name ("Enter 6-digit
 * code") and takes a pasted or autofilled code whole; the other boxes are "Digit 2 of 6"….
 */
export function CodeInput({ value, onChange, error, onComplete, autoFocus, label = 'Enter 6-digit code' }: CodeInputProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <Input.Wrapper label={label} className="required-field" error={error} errorProps={{ id: errorId }} labelProps={{ htmlFor: `${id}-1` }}>
      <PinInput
        id={id}
        length={6}
        type="number"
        oneTimeCode
        value={value}
        onChange={onChange}
        {...(onComplete ? { onComplete } : {})}
        error={Boolean(error)}
        autoFocus={autoFocus ?? false}
        size="md"
        mt={4}
        getInputProps={(index: number) => ({
          'aria-label': index === 0 ? label : `Digit ${index + 1} of 6`,
          'aria-required': index === 0 ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
        })}
      />
    </Input.Wrapper>
  );
}

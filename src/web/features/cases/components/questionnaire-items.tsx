import { Autocomplete, Box, Button, Checkbox, Group, MultiSelect, NumberInput, Paper, Radio, Select, Stack, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment, useId, type ReactNode } from 'react';
import type { QuestionnaireState } from '../../../../contracts/cases.ts';
import { DateField } from './date-field.tsx';
import { DiagnosisField, codeLabel } from './code-fields.tsx';
import { HcpcsField, ProcedureCodeField } from './questionnaire-code-fields.tsx';

/**
 * The few questionnaire shapes the web app needs, mirroring the FHIR-shaped items the server sends
 * (src/domain/questionnaires/questionnaire-types.ts). Answers are maps keyed by linkId; a plain
 * group's children sit in the same map, a repeating group is a list of maps.
 */
export interface AnswerOption {
  value: string;
  display: string;
  exclusive?: boolean;
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  prefix?: string;
  type: 'group' | 'boolean' | 'choice' | 'open-choice' | 'integer' | 'decimal' | 'date' | 'string' | 'text' | 'code';
  required?: boolean;
  repeats?: boolean;
  maxRepeats?: number;
  repeatPrompt?: string;
  answerOption?: AnswerOption[];
  codeSystem?: 'ICD10CM' | 'HCPCS' | 'CPT' | 'PROCEDURE';
  min?: number;
  max?: number;
  maxLength?: number;
  help?: string;
  item?: QuestionnaireItem[];
}

export interface Coding {
  code: string;
  display: string;
}

export type Answers = Record<string, unknown>;
export type AnswerPath = Array<string | number>;
type VisibleEntry = QuestionnaireState['visible'][number];

/** linkId → item, over the whole tree (linkIds are unique in a questionnaire). */
export function indexItems(items: unknown[]): Map<string, QuestionnaireItem> {
  const index = new Map<string, QuestionnaireItem>();
  const visit = (list: QuestionnaireItem[]) => {
    for (const item of list) {
      index.set(item.linkId, item);
      visit(item.item ?? []);
    }
  };
  visit(items as QuestionnaireItem[]);
  return index;
}

const isMap = (value: unknown): value is Answers => typeof value === 'object' && value !== null && !Array.isArray(value);

export function answerAt(answers: Answers, path: AnswerPath): unknown {
  let current: unknown = answers;
  for (const step of path) {
    if (typeof step === 'number') {
      current = Array.isArray(current) ? current[step] : undefined;
    } else {
      current = isMap(current) ? current[step] : undefined;
    }
  }
  return current;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A copy of the answers with the value at path replaced (undefined or empty removes it); repeat instances are created as needed. */
export function setAnswerAt(answers: Answers, path: AnswerPath, value: unknown): Answers {
  const [head, ...rest] = path;
  if (typeof head !== 'string') {
    return answers;
  }
  const next: Answers = { ...answers };
  if (rest.length === 0) {
    if (isEmpty(value)) {
      delete next[head];
    } else {
      next[head] = value;
    }
    return next;
  }
  const [index, ...inner] = rest;
  if (typeof index !== 'number') {
    return answers;
  }
  const list = Array.isArray(next[head]) ? [...(next[head] as Answers[])] : [];
  while (list.length <= index) {
    list.push({});
  }
  list[index] = setAnswerAt(isMap(list[index]) ? list[index] : {}, inner, value);
  next[head] = list;
  return next;
}

export interface ItemRendererProps {
  caseId: string;
  entries: VisibleEntry[];
  items: Map<string, QuestionnaireItem>;
  answers: Answers;
  /** Problem message by answer key, already filtered to those to show. */
  problems: Map<string, string>;
  onChange: (path: AnswerPath, value: unknown) => void;
}

function questionLabel(item: QuestionnaireItem): string {
  return item.prefix ? `${item.prefix}. ${item.text}` : item.text;
}

/** One question's input, by type. Labels are the question text, so tests and screen readers find it by name. */
function Question({ caseId, item, value, error, onChange }: { caseId: string; item: QuestionnaireItem; value: unknown; error: string | undefined; onChange: (value: unknown) => void }) {
  const label = questionLabel(item);
  const common = { label, description: item.help, error, required: item.required ?? false };
  const options = item.answerOption ?? [];
  switch (item.type) {
    case 'boolean':
      return (
        <Radio.Group {...common} withAsterisk={common.required} required={undefined} value={value === true ? 'yes' : value === false ? 'no' : ''} onChange={(next) => onChange(next === 'yes')}>
          <Group mt="xs">
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      );
    case 'choice':
      if (item.repeats) {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        return (
          <Checkbox.Group
            {...common}
            withAsterisk={common.required}
            required={undefined}
            value={chosen}
            onChange={(next) => {
              // An exclusive option ("None of these", "Unknown") cannot be chosen with others.
              const added = next.find((entry) => !chosen.includes(entry));
              const exclusive = new Set(options.filter((option) => option.exclusive).map((option) => option.value));
              onChange(added === undefined ? next : exclusive.has(added) ? [added] : next.filter((entry) => !exclusive.has(entry)));
            }}
          >
            <Stack gap={6} mt="xs">
              {options.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.display} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      }
      return (
        <Radio.Group {...common} withAsterisk={common.required} required={undefined} value={typeof value === 'string' ? value : ''} onChange={onChange}>
          <Stack gap={6} mt="xs">
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.display} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'open-choice': {
      const text = typeof value === 'string' ? (options.find((option) => option.value === value)?.display ?? value) : '';
      return (
        <Autocomplete
          {...common}
          data={options.map((option) => option.display)}
          value={text}
          onChange={(next) => onChange(options.find((option) => option.display === next)?.value ?? next)}
          maw={520}
        />
      );
    }
    case 'integer':
    case 'decimal':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? undefined : Number(next))}
          allowDecimal={item.type === 'decimal'}
          min={item.min}
          max={item.max}
          styles={{ input: { maxWidth: 220 } }}
        />
      );
    case 'date':
      return <DateField {...common} value={typeof value === 'string' ? value : null} onChange={(next) => onChange(next ?? undefined)} styles={{ input: { maxWidth: 260 } }} />;
    case 'string':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} maxLength={item.maxLength} onChange={(event) => onChange(event.currentTarget.value)} maw={520} />;
    case 'text':
      return <Textarea {...common} value={typeof value === 'string' ? value : ''} maxLength={item.maxLength} autosize minRows={3} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'code':
      return <CodeQuestion caseId={caseId} item={item} value={value} onChange={onChange} {...common} />;
    case 'group':
      return null;
  }
}

function CodeQuestion({ caseId, item, value, onChange, ...common }: { caseId: string; item: QuestionnaireItem; value: unknown; onChange: (value: unknown) => void; label: string; description: string | undefined; error: string | undefined; required: boolean }) {
  const options = item.answerOption ?? [];
  const toCoding = (code: string): Coding => ({ code, display: options.find((option) => option.value === code)?.display ?? code });
  if (options.length > 0) {
    const data = options.map((option) => ({ value: option.value, label: codeLabel(option.value, option.display) }));
    if (item.repeats) {
      const chosen = Array.isArray(value) ? (value as Coding[]).map((coding) => coding.code) : [];
      return <MultiSelect {...common} data={data} value={chosen} searchable onChange={(next) => onChange(next.map(toCoding))} maw={620} />;
    }
    const chosen = isMap(value) && typeof value['code'] === 'string' ? value['code'] : null;
    return <Select {...common} data={data} value={chosen} searchable clearable onChange={(next) => onChange(next ? toCoding(next) : undefined)} maw={620} />;
  }
  const current = isMap(value) && typeof value['code'] === 'string' ? (value as unknown as Coding) : null;
  const pick = (code: string, label: string) => onChange(code ? { code, display: label.replace(/^.*? – /, '') } : undefined);
  const props = { ...common, value: current?.code ?? '', selectedLabel: current ? codeLabel(current.code, current.display) : '', onPick: pick, maw: 620 };
  if (item.codeSystem === 'ICD10CM') {
    return <DiagnosisField {...props} />;
  }
  if (item.codeSystem === 'HCPCS') {
    return <HcpcsField {...props} />;
  }
  return <ProcedureCodeField caseId={caseId} {...props} />;
}

const samePrefix = (path: AnswerPath, prefix: AnswerPath) => path.length > prefix.length && prefix.every((step, index) => path[index] === step);

/** The visible entries, in order: plain groups as headings, repeating groups as one panel per entry with "enter another". */
export function QuestionnaireItems(props: ItemRendererProps) {
  const { entries, items, answers, problems, onChange, caseId } = props;
  const out: ReactNode[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as VisibleEntry;
    const item = items.get(entry.linkId);
    if (!item) {
      continue;
    }
    if (item.type === 'group' && item.repeats) {
      let end = index + 1;
      while (end < entries.length && samePrefix((entries[end] as VisibleEntry).path, entry.path)) {
        end += 1;
      }
      const children = entries.slice(index + 1, end);
      const instances = [...new Set(children.map((child) => child.path[entry.path.length] as number))].sort((a, b) => a - b);
      out.push(<RepeatingGroup key={entry.key} {...props} entry={entry} item={item} children={children} instances={instances} />);
      index = end - 1;
      continue;
    }
    if (item.type === 'group') {
      out.push(
        <Title key={entry.key} order={3} size="h5" mt="sm" ml={entry.depth * 16}>
          {questionLabel(item)}
        </Title>,
      );
      continue;
    }
    out.push(
      <Box key={entry.key} ml={entry.depth * 16} data-question={entry.linkId}>
        <Question caseId={caseId} item={item} value={answerAt(answers, entry.path)} error={problems.get(entry.key)} onChange={(value) => onChange(entry.path, value)} />
      </Box>,
    );
  }
  return <Stack gap="lg">{out}</Stack>;
}

function RepeatingGroup({ entry, item, children, instances, ...props }: ItemRendererProps & { entry: VisibleEntry; item: QuestionnaireItem; children: VisibleEntry[]; instances: number[] }) {
  const { answers, onChange, problems } = props;
  const stored = answerAt(answers, entry.path);
  const list = Array.isArray(stored) ? (stored as Answers[]) : [];
  const shown = Math.max(list.length, instances.length);
  const full = item.maxRepeats !== undefined && shown >= item.maxRepeats;
  const padded = () => [...list, ...Array.from({ length: Math.max(0, shown - list.length) }, () => ({}))];
  // The legend sits beside the Remove button, not as the fieldset's first child, so it names the fieldset by id.
  const legendId = useId();
  return (
    <Stack gap="sm" ml={entry.depth * 16}>
      <Title order={3} size="h5">
        {questionLabel(item)}
      </Title>
      {problems.get(entry.key) && (
        <Text c="red" size="sm" role="alert">
          {problems.get(entry.key)}
        </Text>
      )}
      {instances.map((instance) => (
        <Paper key={instance} withBorder p="sm" radius="md" component="fieldset" style={{ margin: 0 }} aria-labelledby={`${legendId}-${instance}`}>
          <Group justify="space-between" mb="xs">
            <Text component="legend" id={`${legendId}-${instance}`} fw={600} size="sm">
              {item.text} {instance + 1}
            </Text>
            {shown > 1 && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => onChange(entry.path, padded().filter((_, position) => position !== instance))}
              >
                Remove<VisuallyHidden> {item.text} {instance + 1}</VisuallyHidden>
              </Button>
            )}
          </Group>
          <QuestionnaireItems {...props} entries={children.filter((child) => child.path[entry.path.length] === instance)} />
        </Paper>
      ))}
      {!full && (
        <Fragment>
          {item.repeatPrompt && shown > 0 && (
            <Text size="sm" id={`${legendId}-prompt`}>
              {item.repeatPrompt}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              aria-describedby={item.repeatPrompt && shown > 0 ? `${legendId}-prompt` : undefined}
              onClick={() => onChange(entry.path, [...padded(), {}])}
            >
              {shown > 0 ? 'Enter another' : `Add ${item.text}`}
            </Button>
          </Group>
        </Fragment>
      )}
    </Stack>
  );
}

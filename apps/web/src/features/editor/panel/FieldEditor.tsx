"use client";

import type { ComponentType } from "react";
import { readFieldMeta } from "@centrala/flow";
import type { z } from "zod";
import { useEditorT } from "../i18n/useEditorT";
import { useEditorResources } from "../shell/EditorResources";
import { CheckboxField } from "./fields/CheckboxField";
import { ExceptionsField } from "./fields/ExceptionsField";
import { ExtensionsField } from "./fields/ExtensionsField";
import { FlowPickerField } from "./fields/FlowPickerField";
import { HeadersField } from "./fields/HeadersField";
import { HolidaysField } from "./fields/HolidaysField";
import { KeypadField } from "./fields/KeypadField";
import { NumberField } from "./fields/NumberField";
import { PromptField } from "./fields/PromptField";
import { QueueField } from "./fields/QueueField";
import { RowsField } from "./fields/RowsField";
import { RulesField } from "./fields/RulesField";
import { ScheduleField } from "./fields/ScheduleField";
import { SelectField } from "./fields/SelectField";
import { TextField } from "./fields/TextField";
import { TransferTargetField } from "./fields/TransferTargetField";
import { WeeklyField } from "./fields/WeeklyField";
import { readSchemaType, unwrapSchema, type FieldProps } from "./fields/fieldProps";

type Match = { name: string; type: string; inner: z.ZodType };

/** Kept in the data until linked (see resolveQueueNames); the queue picker shows it instead. */
function HiddenField() {
  return null;
}

/** A step's own time zone; its help names the company's, which an empty field uses. */
function TimezoneField(props: FieldProps) {
  const t = useEditorT();
  const { timezone } = useEditorResources();
  // Already in the reader's language: the same text for both.
  const help = t("timezone.companyDefault", { timezone });
  const meta = props.meta ? { ...props.meta, help: { en: help, pl: help } } : props.meta;
  return <TextField {...props} meta={meta} suggestions={[timezone, "Europe/Warsaw", "Europe/London", "Europe/Berlin", "UTC"].filter((zone, i, all) => all.indexOf(zone) === i)} />;
}

/** A prompt is a union of a library recording and text-to-speech. */
function isPromptSchema(inner: z.ZodType): boolean {
  const options = (inner as unknown as { options?: { shape?: { type?: { value?: string } } }[] }).options;
  return readSchemaType(inner) === "union" && (options ?? []).some((option) => option.shape?.type?.value === "tts");
}

function isArrayOfObjects(inner: z.ZodType): boolean {
  return readSchemaType(inner) === "array" && readSchemaType((inner as unknown as z.ZodArray<z.ZodType>).element) === "object";
}

// First match wins: special editors by what a field holds, then plain inputs by schema type.
const editors: { matches: (field: Match) => boolean; Editor: ComponentType<FieldProps> }[] = [
  { matches: (field) => isPromptSchema(field.inner), Editor: PromptField },
  { matches: (field) => field.name === "keys", Editor: KeypadField },
  { matches: (field) => field.name === "scheduleId", Editor: ScheduleField },
  { matches: (field) => field.name === "weekly", Editor: WeeklyField },
  { matches: (field) => field.name === "holidays", Editor: HolidaysField },
  { matches: (field) => field.name === "exceptions", Editor: ExceptionsField },
  { matches: (field) => field.name === "extensions", Editor: ExtensionsField },
  { matches: (field) => field.name === "target", Editor: TransferTargetField },
  { matches: (field) => field.name === "rules", Editor: RulesField },
  { matches: (field) => field.name === "flowId", Editor: FlowPickerField },
  { matches: (field) => field.name === "queueId", Editor: QueueField },
  { matches: (field) => field.name === "queueName", Editor: HiddenField },
  { matches: (field) => field.name === "timezone", Editor: TimezoneField },
  { matches: (field) => field.type === "record", Editor: HeadersField },
  { matches: (field) => isArrayOfObjects(field.inner), Editor: RowsField },
  { matches: (field) => field.type === "enum", Editor: SelectField },
  { matches: (field) => field.type === "number", Editor: NumberField },
  { matches: (field) => field.type === "boolean", Editor: CheckboxField },
  { matches: () => true, Editor: TextField },
];

/** Draws the right input for one data field of a node, from its zod schema and field metadata. */
export function FieldEditor({ name, schema, value, nodeId, disabled, onChange }: {
  name: string; schema: z.ZodType; value: unknown; nodeId: string; disabled: boolean; onChange: (value: unknown) => void;
}) {
  const { inner, optional, fallback } = unwrapSchema(schema);
  const match: Match = { name, type: readSchemaType(inner), inner };
  const Editor = editors.find((editor) => editor.matches(match))?.Editor ?? TextField;
  return (
    <Editor
      name={name}
      inner={inner}
      meta={readFieldMeta(schema)}
      optional={optional}
      value={value ?? fallback}
      inputId={`field-${nodeId}-${name}`}
      disabled={disabled}
      onChange={onChange}
    />
  );
}

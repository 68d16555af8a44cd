import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonVariants } from "../ui/button/buttonVariants";
import { Button } from "../ui/button/Button";
import { FieldErrors } from "../ui/form/FieldErrors";
import { FormMessage } from "../ui/form/FormMessage";
import { Input } from "../ui/input/Input";
import { inputClass } from "../ui/input/inputClass";
import { Label } from "../ui/label/Label";

export type RecordingFilterValues = { agent: string; queue: string; caller: string; from: string; to: string; page: string };
export type FilterOption = { id: string; label: string };

type Props = {
  values: RecordingFilterValues;
  fieldErrors: Record<string, string[]>;
  agents: FilterOption[];
  queues: FilterOption[];
};

function Field({ id, label, hint, errors = [], children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && <p id={`${id}-hint`} className="text-xs leading-5 text-slate-600">{hint}</p>}
      <FieldErrors id={`${id}-error`} name={id} errors={errors} />
    </div>
  );
}

/**
 * The list's filters as a plain GET form: the query string is the state, so a filtered list can be
 * bookmarked, and the server checks it (a bad date is named under its field).
 */
export function RecordingFilters({ values, fieldErrors, agents, queues }: Props) {
  const t = useTranslations("recordings");
  const errorsOf = (id: string) => fieldErrors[id] ?? [];
  const invalid = Object.keys(fieldErrors).length > 0;
  const describedBy = (id: string, hint = false) => [errorsOf(id).length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <form method="get" action="/recordings" noValidate aria-label={t("filters")} className="space-y-4 rounded-xl border border-border bg-white p-4 shadow-sm" data-testid="recording-filters">
      {invalid && <FormMessage tone="error" testId="recording-filters-error">{t("invalidFilters")}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="agent" label={t("agent")} errors={errorsOf("agent")}>
          <select id="agent" name="agent" defaultValue={values.agent} className={inputClass} data-testid="filter-agent">
            <option value="">{t("anyAgent")}</option>
            {agents.map((agent) => <option key={agent.id} value={agent.id}>{agent.label}</option>)}
          </select>
        </Field>
        <Field id="queue" label={t("queue")} errors={errorsOf("queue")}>
          <select id="queue" name="queue" defaultValue={values.queue} className={inputClass} data-testid="filter-queue">
            <option value="">{t("anyQueue")}</option>
            {queues.map((queue) => <option key={queue.id} value={queue.id}>{queue.label}</option>)}
          </select>
        </Field>
        <Field id="caller" label={t("caller")} hint={t("callerHint")} errors={errorsOf("caller")}>
          <Input id="caller" name="caller" type="search" inputMode="tel" defaultValue={values.caller} maxLength={32} aria-invalid={errorsOf("caller").length > 0} aria-describedby={describedBy("caller", true)} data-testid="filter-caller" />
        </Field>
        <Field id="from" label={t("from")} errors={errorsOf("from")}>
          <Input id="from" name="from" type="date" defaultValue={values.from} aria-invalid={errorsOf("from").length > 0} aria-describedby={describedBy("from")} data-testid="filter-from" />
        </Field>
        <Field id="to" label={t("to")} errors={errorsOf("to")}>
          <Input id="to" name="to" type="date" defaultValue={values.to} aria-invalid={errorsOf("to").length > 0} aria-describedby={describedBy("to")} data-testid="filter-to" />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" data-testid="filter-apply">{t("apply")}</Button>
        <Link href="/recordings" className={buttonVariants({ variant: "secondary" })} data-testid="filter-clear">{t("clear")}</Link>
      </div>
    </form>
  );
}

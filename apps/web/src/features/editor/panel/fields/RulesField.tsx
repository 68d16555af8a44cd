"use client";

import { builtInVariables, comparisonOperators, unaryOperators, type ComparisonOperator, type Operand } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { labelOption } from "./labelOption";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

type Test = { left: Operand; op: ComparisonOperator; right?: Operand };
type Rule = { id: string; match: "all" | "any"; tests: Test[] };

const blankTest: Test = { left: { var: "caller" }, op: "eq", right: { value: "" } };

/** Rules checked from the top ("if the caller's number starts with +48…"); each rule gets an exit. */
export function RulesField(props: FieldProps) {
  const t = useEditorT();
  const rules = Array.isArray(props.value) ? (props.value as Rule[]) : [];
  const setRule = (index: number, rule: Rule) => props.onChange(rules.map((item, i) => (i === index ? rule : item)));
  const addRule = () => {
    const ids = new Set(rules.map((rule) => rule.id));
    let n = rules.length + 1;
    while (ids.has(`r${n}`)) n += 1;
    props.onChange([...rules, { id: `r${n}`, match: "all", tests: [blankTest] }]);
  };
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <datalist id={`${props.inputId}-vars`}>{builtInVariables.map((name) => <option key={name} value={name} />)}</datalist>
      <ol className="space-y-2">
        {rules.map((rule, index) => (
          <li key={rule.id} className="space-y-2 rounded-lg border border-slate-200 bg-slate-50/60 p-2.5">
            <div className="flex items-center gap-2 text-xs font-semibold text-slate-700">
              {t("rules.rule", { number: index + 1 })}
              <select aria-label={t("rules.match")} value={rule.match} disabled={props.disabled} className={`${inputClass} w-auto py-0.5 text-xs`}
                onChange={(event) => setRule(index, { ...rule, match: event.target.value as Rule["match"] })}>
                <option value="all">{t("rules.all")}</option>
                <option value="any">{t("rules.any")}</option>
              </select>
              <button type="button" className="ml-auto rounded px-1 text-slate-400 hover:text-red-700" disabled={props.disabled || rules.length === 1}
                aria-label={t("rules.removeRule", { number: index + 1 })} onClick={() => props.onChange(rules.filter((_, i) => i !== index))}>✕</button>
            </div>
            {rule.tests.map((test, testIndex) => (
              <TestRow key={testIndex} test={test} listId={`${props.inputId}-vars`} disabled={props.disabled}
                canRemove={rule.tests.length > 1}
                onRemove={() => setRule(index, { ...rule, tests: rule.tests.filter((_, i) => i !== testIndex) })}
                onChange={(next) => setRule(index, { ...rule, tests: rule.tests.map((item, i) => (i === testIndex ? next : item)) })} />
            ))}
            <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => setRule(index, { ...rule, tests: [...rule.tests, blankTest] })}>{t("rules.addTest")}</button>
          </li>
        ))}
      </ol>
      <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={addRule}>{t("rules.addRule")}</button>
    </FieldShell>
  );
}

function TestRow({ test, listId, disabled, canRemove, onChange, onRemove }: {
  test: Test; listId: string; disabled: boolean; canRemove: boolean; onChange: (test: Test) => void; onRemove: () => void;
}) {
  const t = useEditorT();
  const unary = unaryOperators.includes(test.op);
  const left = "var" in test.left ? test.left.var : test.left.value;
  const right = test.right ? ("var" in test.right ? `{{${test.right.var}}}` : test.right.value) : "";
  return (
    <div className="grid grid-cols-[1fr_auto] gap-1.5">
      <div className="grid gap-1.5">
        <input aria-label={t("rules.variable")} list={listId} value={left} disabled={disabled} className={`${inputClass} py-1 text-xs`}
          onChange={(event) => onChange({ ...test, left: { var: event.target.value.trim() } })} />
        <select aria-label={t("rules.operator")} value={test.op} disabled={disabled} className={`${inputClass} py-1 text-xs`}
          onChange={(event) => {
            const op = event.target.value as ComparisonOperator;
            const { right: _right, ...rest } = test;
            onChange(unaryOperators.includes(op) ? { ...rest, op } : { ...rest, op, right: test.right ?? { value: "" } });
          }}>
          {comparisonOperators.map((op) => <option key={op} value={op}>{labelOption(t, op)}</option>)}
        </select>
        {!unary && (
          <input aria-label={t("rules.value")} value={right} disabled={disabled} className={`${inputClass} py-1 text-xs`}
            onChange={(event) => onChange({ ...test, right: readOperand(event.target.value) })} />
        )}
      </div>
      <button type="button" className="self-start rounded px-1 text-slate-400 hover:text-red-700" disabled={disabled || !canRemove} aria-label={t("rules.removeTest")} onClick={onRemove}>✕</button>
    </div>
  );
}

/** `{{name}}` compares with another variable; anything else is a fixed value. */
function readOperand(text: string): Operand {
  const variable = /^\{\{\s*([a-z][a-z0-9_]*)\s*\}\}$/.exec(text.trim());
  return variable?.[1] ? { var: variable[1] } : { value: text };
}

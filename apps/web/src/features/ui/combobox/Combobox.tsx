"use client";

import { useId, useState } from "react";
import { Check, ChevronsUpDown } from "lucide-react";
import { cn } from "../cn";
import { Command } from "../command/Command";
import { CommandEmpty } from "../command/CommandEmpty";
import { CommandInput } from "../command/CommandInput";
import { CommandItem } from "../command/CommandItem";
import { CommandList } from "../command/CommandList";
import { inputClass } from "../input/inputClass";
import { Popover } from "../popover/Popover";
import { PopoverContent } from "../popover/PopoverContent";
import { PopoverTrigger } from "../popover/PopoverTrigger";

export type ComboboxOption = { value: string; label: string; /** Extra words the search also matches (e.g. a number). */ keywords?: string[]; description?: string };

type ComboboxProps = {
  id?: string;
  options: readonly ComboboxOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** Shown while nothing is chosen. */
  placeholder: string;
  searchLabel: string;
  emptyText: string;
  disabled?: boolean;
  invalid?: boolean;
  className?: string;
  testId?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
};

/** Pick one of many (time zones, extensions, prompts) by typing part of its name. */
export function Combobox(props: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const chosen = props.options.find((option) => option.value === props.value);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <button
          id={props.id}
          type="button"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-invalid={props.invalid || undefined}
          aria-labelledby={props["aria-labelledby"]}
          aria-describedby={props["aria-describedby"]}
          disabled={props.disabled}
          data-testid={props.testId}
          className={cn(inputClass, "flex h-9 items-center justify-between gap-2 text-left", !chosen && "text-slate-500", props.className)}
        >
          <span className="truncate">{chosen?.label ?? props.placeholder}</span>
          <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
        </button>
      </PopoverTrigger>
      <PopoverContent className="w-(--radix-popover-trigger-width) min-w-64 p-0">
        <Command id={listId} label={props.searchLabel}>
          <CommandInput aria-label={props.searchLabel} placeholder={props.searchLabel} />
          <CommandList>
            <CommandEmpty>{props.emptyText}</CommandEmpty>
            {props.options.map((option) => (
              <CommandItem
                key={option.value}
                value={option.value}
                keywords={[option.label, ...(option.keywords ?? [])]}
                onSelect={() => {
                  props.onChange(option.value === props.value ? null : option.value);
                  setOpen(false);
                }}
              >
                <Check aria-hidden="true" className={cn("size-4", option.value === props.value ? "opacity-100" : "opacity-0")} />
                <span className="min-w-0">
                  <span className="block truncate">{option.label}</span>
                  {option.description && <span className="block truncate text-xs text-muted-foreground">{option.description}</span>}
                </span>
              </CommandItem>
            ))}
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}

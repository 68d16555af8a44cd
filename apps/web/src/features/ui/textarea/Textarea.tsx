import type { ComponentProps } from "react";
import { cn } from "../cn";
import { inputClass } from "../input/inputClass";

/** A multi-line text input. */
export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea data-slot="textarea" className={cn(inputClass, "min-h-20 leading-6", className)} {...props} />;
}

import type { ComponentProps } from "react";
import { cn } from "../cn";
import { inputClass } from "./inputClass";

/** A text input; pass aria-invalid to show it in the error colour. */
export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input data-slot="input" type={type} className={cn(inputClass, className)} {...props} />;
}

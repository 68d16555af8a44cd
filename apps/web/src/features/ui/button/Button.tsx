import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cn } from "../cn";
import { buttonVariants, type ButtonVariantProps } from "./buttonVariants";

type ButtonProps = ComponentProps<"button"> & ButtonVariantProps & {
  /** Render the child (e.g. a <Link>) with the button's look instead of a <button>. */
  asChild?: boolean;
};

/** A button in one of the kit's looks (primary, secondary, ghost, destructive…). */
export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component
      data-slot="button"
      type={asChild ? undefined : (type ?? "button")}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}

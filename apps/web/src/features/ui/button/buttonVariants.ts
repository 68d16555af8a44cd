import { cva, type VariantProps } from "class-variance-authority";
import { focusRing } from "../focusRing";

/** Class names for the button looks, shared by <Button> and links styled as buttons. */
export const buttonVariants = cva(
  `inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-semibold transition-colors disabled:pointer-events-none disabled:opacity-60 [&_svg]:pointer-events-none [&_svg]:size-4 [&_svg]:shrink-0 ${focusRing}`,
  {
    variants: {
      variant: {
        primary: "bg-primary text-primary-foreground shadow-sm hover:bg-primary-hover",
        secondary: "border border-input bg-secondary text-secondary-foreground shadow-sm hover:bg-secondary-hover",
        ghost: "text-secondary-foreground hover:bg-muted",
        destructive: "bg-destructive text-destructive-foreground shadow-sm hover:bg-destructive-hover",
        /** A destructive action that still needs confirming: quiet until then. */
        destructiveOutline: "border border-red-200 bg-white text-red-700 shadow-sm hover:bg-red-50",
        link: "text-teal-800 underline-offset-2 hover:underline",
      },
      size: {
        default: "h-9 px-4 py-2",
        sm: "h-8 px-3 text-xs",
        lg: "h-10 px-6",
        icon: "size-9",
      },
    },
    defaultVariants: { variant: "primary", size: "default" },
  },
);

export type ButtonVariantProps = VariantProps<typeof buttonVariants>;

"use client";

import type { ReactNode } from "react";
import { AlertDialog } from "./AlertDialog";
import { AlertDialogAction } from "./AlertDialogAction";
import { AlertDialogCancel } from "./AlertDialogCancel";
import { AlertDialogContent } from "./AlertDialogContent";
import { AlertDialogDescription } from "./AlertDialogDescription";
import { AlertDialogFooter } from "./AlertDialogFooter";
import { AlertDialogHeader } from "./AlertDialogHeader";
import { AlertDialogTitle } from "./AlertDialogTitle";
import { AlertDialogTrigger } from "./AlertDialogTrigger";

type ConfirmDestroyDialogProps = {
  /** The control that opens the question (a Button); rendered as the trigger. */
  trigger: ReactNode;
  title: ReactNode;
  /** What will be lost, and what else is affected (e.g. which flow loses a number). */
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  testId?: string;
};

/** "Delete X? This cannot be undone." — asked before anything is destroyed. */
export function ConfirmDestroyDialog(props: ConfirmDestroyDialogProps) {
  return (
    <AlertDialog open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialogTrigger asChild>{props.trigger}</AlertDialogTrigger>
      <AlertDialogContent data-testid={props.testId}>
        <AlertDialogHeader>
          <AlertDialogTitle>{props.title}</AlertDialogTitle>
          <AlertDialogDescription>{props.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{props.cancelLabel}</AlertDialogCancel>
          <AlertDialogAction onClick={props.onConfirm}>{props.confirmLabel}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

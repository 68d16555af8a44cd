"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";

/** Copies a value to the clipboard and says so for a moment. */
export function CopyButton({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const t = useTranslations("phoneSystem");
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <Button type="button" variant="secondary" size="sm" onClick={copy} data-testid={testId}>
      {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
      <span aria-live="polite">{copied ? t("copied") : label}</span>
    </Button>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "../workspace/CopyButton";
import { Button } from "../ui/button/Button";
import { Dialog } from "../ui/dialog/Dialog";
import { DialogContent } from "../ui/dialog/DialogContent";
import { DialogDescription } from "../ui/dialog/DialogDescription";
import { DialogFooter } from "../ui/dialog/DialogFooter";
import { DialogHeader } from "../ui/dialog/DialogHeader";
import { DialogTitle } from "../ui/dialog/DialogTitle";
import type { SipCredentials } from "./handleExtensions";

/** The SIP user name, domain and password of an extension, shown once after it is made or reset. */
export function SipCredentialsDialog({ sip, onClose }: { sip: SipCredentials | null; onClose: () => void }) {
  const t = useTranslations("extensions");
  return (
    <Dialog open={sip !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent data-testid="sip-credentials" onInteractOutside={(event) => event.preventDefault()}>
        {sip && (
          <>
            <DialogHeader>
              <DialogTitle>{t("credentialsTitle", { number: sip.username })}</DialogTitle>
              <DialogDescription>{t("credentialsOnce", { number: sip.username })}</DialogDescription>
            </DialogHeader>
            <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-3 text-sm">
              <dt className="text-slate-600">{t("username")}</dt>
              <dd className="font-mono" data-testid="sip-username">{sip.username}</dd>
              <dt className="text-slate-600">{t("realm")}</dt>
              <dd className="font-mono break-all" data-testid="sip-realm">{sip.realm}</dd>
              <dt className="text-slate-600">{t("password")}</dt>
              <dd className="flex flex-wrap items-center gap-2">
                <code className="rounded bg-slate-100 px-2 py-1 font-mono break-all" data-testid="sip-password">{sip.password}</code>
                <CopyButton value={sip.password} label={t("copyPassword")} testId="copy-sip-password" />
              </dd>
            </dl>
            <DialogFooter>
              <Button onClick={onClose} data-testid="sip-credentials-done">{t("credentialsDone")}</Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

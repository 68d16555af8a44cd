"use client";

import { useMemo, useState } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { Hash, Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest, type ApiFailure } from "../api/sendApiRequest";
import { ConfirmDestroyDialog } from "../ui/alert-dialog/ConfirmDestroyDialog";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { DataTable } from "../ui/data-table/DataTable";
import type { DataTableFeatures } from "../ui/data-table/dataTableFeatures";
import { EmptyState } from "../ui/empty-state/EmptyState";
import { PageHeader } from "../ui/page-header/PageHeader";
import { InUseNotice } from "../workspace/InUseNotice";
import { EditExtensionDialog } from "./EditExtensionDialog";
import type { MemberOption } from "./ExtensionForm";
import type { ExtensionView, SipCredentials } from "./handleExtensions";
import { SipCredentialsDialog } from "./SipCredentialsDialog";

const column = createColumnHelper<DataTableFeatures, ExtensionView>();

/** The /extensions screen: the table, the add/edit dialog, one-time SIP credentials and deletion. */
export function ExtensionsScreen({ initial, members }: { initial: ExtensionView[]; members: MemberOption[] }) {
  const t = useTranslations();
  const [extensions, setExtensions] = useState(initial);
  const [editing, setEditing] = useState<ExtensionView | "new" | null>(null);
  const [sip, setSip] = useState<SipCredentials | null>(null);
  const [refusal, setRefusal] = useState<ApiFailure | null>(null);

  function saved(extension: ExtensionView, credentials?: SipCredentials) {
    setExtensions((list) => [...list.filter((item) => item.id !== extension.id), extension].sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })));
    setEditing(null);
    toast.success(t(credentials ? "extensions.created" : "extensions.updated", { number: extension.number }));
    if (credentials) setSip(credentials);
  }

  async function remove(extension: ExtensionView) {
    const outcome = await sendApiRequest(`/api/extensions/${extension.id}`, "DELETE");
    if (!outcome.ok) {
      setRefusal({ ...outcome.error, message: outcome.error.message || t("phoneSystem.networkError") });
      return;
    }
    setRefusal(null);
    setExtensions((list) => list.filter((item) => item.id !== extension.id));
    toast.success(t("extensions.deleted", { number: extension.number }));
  }

  const columns = useMemo(() => column.columns([
    column.accessor("number", { header: t("extensions.colNumber"), sortFn: "alphanumeric", cell: (info) => <span className="font-mono font-semibold">{info.getValue()}</span> }),
    column.accessor("name", { header: t("extensions.colName"), sortFn: "text" }),
    column.accessor((row) => row.user?.name ?? "", { id: "member", header: t("extensions.colMember"), sortFn: "text", cell: (info) => info.getValue() || <span className="text-slate-600">{t("extensions.noMember")}</span> }),
    column.accessor((row) => row.forwardToFormatted ?? "", { id: "forward", header: t("extensions.colForward"), enableSorting: false, cell: (info) => info.getValue() ? <span className="font-mono text-xs">{info.getValue()}</span> : <span className="text-slate-600">{t("phoneSystem.none")}</span> }),
    column.accessor((row) => row.voicemail.enabled, { id: "voicemail", header: t("extensions.colVoicemail"), enableSorting: false, enableGlobalFilter: false, cell: (info) => <Badge tone={info.getValue() ? "success" : "neutral"}>{info.getValue() ? t("extensions.voicemailOn") : t("extensions.voicemailOff")}</Badge> }),
    column.display({
      id: "actions", header: () => <span className="sr-only">{t("phoneSystem.actions")}</span>,
      cell: ({ row }) => (
        <div className="flex justify-end gap-1">
          <Button variant="ghost" size="sm" onClick={() => setEditing(row.original)} data-testid={`edit-extension-${row.original.number}`} aria-label={`${t("phoneSystem.edit")}: ${row.original.number} ${row.original.name}`}>
            <Pencil aria-hidden="true" />{t("phoneSystem.edit")}
          </Button>
          <ConfirmDestroyDialog
            trigger={<Button variant="ghost" size="sm" data-testid={`delete-extension-${row.original.number}`} aria-label={`${t("phoneSystem.delete")}: ${row.original.number} ${row.original.name}`}><Trash2 aria-hidden="true" />{t("phoneSystem.delete")}</Button>}
            title={t("extensions.deleteTitle", { number: row.original.number })}
            description={t("extensions.deleteBody")}
            confirmLabel={t("extensions.deleteYes")}
            cancelLabel={t("phoneSystem.cancel")}
            onConfirm={() => void remove(row.original)}
            testId="confirm-delete-extension"
          />
        </div>
      ),
    }),
  ]), [t]);

  const addButton = <Button onClick={() => setEditing("new")} data-testid="add-extension"><Plus aria-hidden="true" />{t("extensions.add")}</Button>;
  return (
    <div className="space-y-8">
      <PageHeader title={t("extensions.title")} description={t("extensions.subtitle")} actions={extensions.length > 0 && addButton} />
      {refusal && <InUseNotice error={refusal} />}
      {extensions.length === 0 ? (
        <EmptyState icon={Hash} title={t("extensions.emptyTitle")} description={t("extensions.emptyBody")} action={addButton} testId="extensions-empty" />
      ) : (
        <DataTable columns={columns} data={extensions} getRowId={(row) => row.id} caption={t("extensions.caption")} searchLabel={t("extensions.search")} noMatchText={t("extensions.noMatch")} testId="extension-table" />
      )}
      <EditExtensionDialog editing={editing} members={members} onSaved={saved} onClose={() => setEditing(null)} onCredentials={setSip} />
      <SipCredentialsDialog sip={sip} onClose={() => setSip(null)} />
    </div>
  );
}

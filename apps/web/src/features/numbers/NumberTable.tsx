import { getFormatter, getTranslations } from "next-intl/server";
import { Table } from "../ui/table/Table";
import { TableBody } from "../ui/table/TableBody";
import { TableCell } from "../ui/table/TableCell";
import { TableHead } from "../ui/table/TableHead";
import { TableHeader } from "../ui/table/TableHeader";
import { TableRow } from "../ui/table/TableRow";
import type { SerializedNumber } from "./handleNumbers";
import { NumberRouteSelect, type PublishedFlow } from "./NumberRouteSelect";
import { ReleaseNumberButton } from "./ReleaseNumberButton";

/** The tenant's numbers: formatted, the flow that answers each, and release. */
export async function NumberTable({ numbers, flows }: { numbers: SerializedNumber[]; flows: PublishedFlow[] }) {
  const [t, format] = await Promise.all([getTranslations("numbers"), getFormatter()]);
  return (
    <Table data-testid="number-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t("colNumber")}</TableHead>
          <TableHead>{t("colFlow")}</TableHead>
          <TableHead>{t("colClaimed")}</TableHead>
          <TableHead><span className="sr-only">{t("colActions")}</span></TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((number) => (
          <TableRow key={number.id} data-testid="number-row">
            <TableCell className="font-mono whitespace-nowrap tabular-nums text-slate-900">
              {number.formatted}
              {number.label && <span className="block font-sans text-xs text-slate-600">{number.label}</span>}
            </TableCell>
            <TableCell><NumberRouteSelect number={number} flows={flows} /></TableCell>
            <TableCell className="whitespace-nowrap text-slate-600">{number.claimedAt ? format.dateTime(new Date(number.claimedAt), { dateStyle: "medium" }) : "—"}</TableCell>
            <TableCell className="text-right"><ReleaseNumberButton number={number} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

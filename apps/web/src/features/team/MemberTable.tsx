"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "../ui/badge/Badge";
import { Table } from "../ui/table/Table";
import { TableBody } from "../ui/table/TableBody";
import { TableCell } from "../ui/table/TableCell";
import { TableHead } from "../ui/table/TableHead";
import { TableHeader } from "../ui/table/TableHeader";
import { TableRow } from "../ui/table/TableRow";
import { MemberRoleSelect, type TeamMember } from "./MemberRoleSelect";
import { RemoveMemberButton, TeamRefusal } from "./RemoveMemberButton";

/** The organisation's people: role (changeable) and removal. */
export function MemberTable({ members }: { members: TeamMember[] }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <TeamRefusal message={refusal} />
      <Table data-testid="member-table">
        <TableHeader>
          <TableRow>
            <TableHead>{t("colName")}</TableHead>
            <TableHead>{t("colEmail")}</TableHead>
            <TableHead>{t("colRole")}</TableHead>
            <TableHead>{t("colJoined")}</TableHead>
            <TableHead><span className="sr-only">{t("colActions")}</span></TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id} data-testid="member-row">
              <TableCell className="font-medium text-slate-900">
                {member.name} {member.isYou && <Badge tone="info">{t("you")}</Badge>}
              </TableCell>
              <TableCell className="text-slate-700">{member.email}</TableCell>
              <TableCell><MemberRoleSelect member={member} /></TableCell>
              <TableCell className="whitespace-nowrap text-slate-600">{format.dateTime(new Date(member.joinedAt), { dateStyle: "medium" })}</TableCell>
              <TableCell className="text-right"><RemoveMemberButton member={member} onRefused={setRefusal} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

"use client";

import { useState } from "react";
import { useTable, type ColumnDef, type RowData, type SortingState } from "@tanstack/react-table";
import { cn } from "../cn";
import { focusRing } from "../focusRing";
import { Input } from "../input/Input";
import { Table } from "../table/Table";
import { TableBody } from "../table/TableBody";
import { TableCaption } from "../table/TableCaption";
import { TableCell } from "../table/TableCell";
import { TableHead } from "../table/TableHead";
import { TableHeader } from "../table/TableHeader";
import { TableRow } from "../table/TableRow";
import { dataTableFeatures, type DataTableFeatures } from "./dataTableFeatures";
import { SortIcon } from "./SortIcon";

type DataTableProps<Row extends RowData> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns hold values of different types
  columns: ColumnDef<DataTableFeatures, Row, any>[];
  data: Row[];
  /** A stable id per row (database id), so React keeps rows apart when sorting. */
  getRowId: (row: Row) => string;
  /** Label of the search box over the table; without it there is no search box. */
  searchLabel?: string;
  /** Shown in place of rows when the search matches nothing. */
  noMatchText: string;
  /** What the table lists, for screen readers (visually hidden unless `showCaption`). */
  caption: string;
  showCaption?: boolean;
  initialSorting?: SortingState;
  testId?: string;
};

/**
 * A sortable, searchable table (TanStack Table). Headings are buttons that sort; the current order
 * is announced through aria-sort. Stable `columns` (module scope or useMemo) keep it fast.
 */
export function DataTable<Row extends RowData>(props: DataTableProps<Row>) {
  const [globalFilter, setGlobalFilter] = useState("");
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: props.data,
    getRowId: props.getRowId,
    state: { globalFilter, sorting },
    onGlobalFilterChange: (updater) => setGlobalFilter((current) => String(typeof updater === "function" ? updater(current) : updater)),
    onSortingChange: setSorting,
    globalFilterFn: "includesString",
    // Every heading sorts ascending on its first click (A→Z, 0→9), numbers included.
    sortDescFirst: false,
  });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    <div className="space-y-3" data-testid={props.testId}>
      {props.searchLabel && (
        <Input
          type="search"
          aria-label={props.searchLabel}
          placeholder={props.searchLabel}
          value={globalFilter}
          onChange={(event) => setGlobalFilter(event.target.value)}
          className="max-w-sm"
        />
      )}
      <Table>
        <TableCaption className={props.showCaption ? undefined : "sr-only"}>{props.caption}</TableCaption>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                return (
                  <TableHead key={header.id} aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}>
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className={cn("-mx-1 inline-flex items-center gap-1.5 rounded px-1 uppercase tracking-wide hover:text-slate-900", focusRing)}
                      >
                        <table.FlexRender header={header} />
                        <SortIcon direction={direction} />
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columnCount} className="py-8 text-center text-muted-foreground">{props.noMatchText}</TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id}>
                {row.getAllCells().map((cell) => (
                  <TableCell key={cell.id}><table.FlexRender cell={cell} /></TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}

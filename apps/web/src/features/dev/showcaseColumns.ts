import { createColumnHelper } from "@tanstack/react-table";
import type { DataTableFeatures } from "../ui/data-table/dataTableFeatures";
import type { ShowcaseRow } from "./showcaseRows";

const column = createColumnHelper<DataTableFeatures, ShowcaseRow>();

/** Columns of the sample table (module scope, so the table keeps them stable). */
export const showcaseColumns = column.columns([
  column.accessor("name", { header: "Name", sortFn: "text" }),
  column.accessor("extension", { header: "Extension", sortFn: "alphanumeric" }),
  column.accessor("calls", { header: "Calls today", sortFn: "basic" }),
]);

/** Sample rows for the DataTable on the UI kit page. */
export type ShowcaseRow = { id: string; name: string; extension: string; calls: number };

export const showcaseRows: ShowcaseRow[] = [
  { id: "1", name: "Anna Nowak", extension: "101", calls: 14 },
  { id: "2", name: "Jan Kowalski", extension: "102", calls: 3 },
  { id: "3", name: "Zofia Wiśniewska", extension: "103", calls: 27 },
];

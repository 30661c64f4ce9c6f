export interface ValueColumn {
  readonly header: string;
  readonly cells: readonly string[];
  /** A total row's cell for this column, if any. */
  readonly total?: string;
}

export interface ValueTableProps {
  readonly caption: string;
  /** One header per row (“class 1”). */
  readonly rows: readonly string[];
  readonly columns: readonly ValueColumn[];
  /** Header of the total row, shown when a column has a total. */
  readonly totalLabel?: string;
}

/** Numbers per class, with a caption and headers so that each cell has a name. */
export function ValueTable({ caption, rows, columns, totalLabel = 'sum' }: ValueTableProps) {
  const hasTotal = columns.some((c) => c.total !== undefined);
  return (
    <table className="value-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">class</th>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r}>
            <th scope="row">{r}</th>
            {columns.map((c) => (
              <td key={c.header}>{c.cells[i]}</td>
            ))}
          </tr>
        ))}
        {hasTotal && (
          <tr className="value-total">
            <th scope="row">{totalLabel}</th>
            {columns.map((c) => (
              <td key={c.header}>{c.total ?? ''}</td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

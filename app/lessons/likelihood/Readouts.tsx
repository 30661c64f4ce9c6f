/** One labelled number: the text is rounded for reading, data-value carries the full float64 value. */
export interface Readout {
  readonly label: string;
  readonly value: number;
}

const short = (v: number) => String(Number(v.toFixed(4)));

/** A small table of labelled numbers, each an <output> named by its label. */
export function Readouts({ caption, rows }: { readonly caption: string; readonly rows: readonly Readout[] }) {
  return (
    <table className="likelihood-readouts">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>
              <output aria-label={r.label} data-value={r.value}>
                {short(r.value)}
              </output>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export { short };

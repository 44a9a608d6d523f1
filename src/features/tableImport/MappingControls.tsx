import type { DayMonthOrder } from '../../domain/exchange/spreadsheetDate';
import { FIELD_LABELS, PRESETS, TABLE_FIELDS, type ColumnMapping, type PresetId, type TableField } from '../../import/table/columnMapping';
import { DELIMITER_NAMES, DELIMITERS, type Delimiter } from '../../import/table/readTable';
import type { TableSummary } from '../../import/table/tableSession';

/** The mapping step's controls: preset, delimiter, header, day/month order, and a field for every column beside its first values. */
export function MappingControls(props: {
  summary: TableSummary;
  preset: PresetId;
  mapping: ColumnMapping;
  hasHeader: boolean;
  onPreset: (p: PresetId) => void;
  onDelimiter: (d: Delimiter) => void;
  onHasHeader: (h: boolean) => void;
  onOrder: (o: DayMonthOrder) => void;
  onMapping: (m: ColumnMapping) => void;
}) {
  const { summary, mapping } = props;
  const width = Math.max(summary.header?.length ?? 0, ...summary.sample.slice(0, 5).map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const setField = (column: number, field: TableField | null) => {
    const fields = columns.map((i) => (i === column ? field : (mapping.fields[i] ?? null)));
    props.onMapping({ ...mapping, fields });
  };
  return (
    <div className="table-import__mapping">
      <div className="table-import__options">
        <label>
          Format
          <select value={props.preset} onChange={(e) => props.onPreset(e.target.value as PresetId)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Delimiter
          <select value={summary.delimiter} onChange={(e) => props.onDelimiter(e.target.value as Delimiter)}>
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {DELIMITER_NAMES[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={props.hasHeader} onChange={(e) => props.onHasHeader(e.target.checked)} />
          First row names the columns
        </label>
        <label>
          Dates like 03/04/2025 are
          <select value={mapping.order} onChange={(e) => props.onOrder(e.target.value as DayMonthOrder)}>
            <option value="day-first">day/month/year</option>
            <option value="month-first">month/day/year</option>
          </select>
        </label>
      </div>
      <div className="table-import__scroll">
        <table className="table-import__columns">
          <caption className="visually-hidden">Columns of the file and the field each one is imported as</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First values</th>
              <th scope="col">Imported as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((i) => {
              const name = summary.header?.[i] ?? `Column ${i + 1}`;
              return (
                <tr key={i}>
                  <th scope="row">{name}</th>
                  <td className="table-import__values">
                    {summary.sample
                      .slice(0, 3)
                      .map((r) => r.cells[i] ?? '')
                      .filter((v) => v.trim() !== '')
                      .map((v) => (v.length > 40 ? `${v.slice(0, 39)}…` : v))
                      .join(' · ')}
                  </td>
                  <td>
                    <select aria-label={`Import column “${name}” as`} value={mapping.fields[i] ?? ''} onChange={(e) => setField(i, (e.target.value || null) as TableField | null)}>
                      <option value="">(not imported)</option>
                      {TABLE_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {FIELD_LABELS[f]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

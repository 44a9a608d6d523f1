import type { DayMonthOrder } from '../../domain/exchange/spreadsheetDate';
import { PRESETS, TABLE_FIELDS, type ColumnMapping, type PresetId, type TableField } from '../../import/table/columnMapping';
import { DELIMITERS, type Delimiter } from '../../import/table/readTable';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../import/table/tableSession';

/** Delimiters as catalogue keys (the characters themselves are not keys). */
const DELIMITER_KEYS: Record<Delimiter, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'bar' };

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
  const { t } = useTranslation();
  const columns = Array.from({ length: width }, (_, i) => i);
  const setField = (column: number, field: TableField | null) => {
    const fields = columns.map((i) => (i === column ? field : (mapping.fields[i] ?? null)));
    props.onMapping({ ...mapping, fields });
  };
  return (
    <div className="table-import__mapping">
      <div className="table-import__options">
        <label>
          {t('table.format')}
          <select value={props.preset} onChange={(e) => props.onPreset(e.target.value as PresetId)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(`table.preset.${p.id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('table.delimiter')}
          <select value={summary.delimiter} onChange={(e) => props.onDelimiter(e.target.value as Delimiter)}>
            {DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(`table.delimiterName.${DELIMITER_KEYS[d]}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={props.hasHeader} onChange={(e) => props.onHasHeader(e.target.checked)} />
          {t('table.header')}
        </label>
        <label>
          {t('table.order')}
          <select value={mapping.order} onChange={(e) => props.onOrder(e.target.value as DayMonthOrder)}>
            <option value="day-first">{t('table.dayFirst')}</option>
            <option value="month-first">{t('table.monthFirst')}</option>
          </select>
        </label>
      </div>
      <div className="table-import__scroll">
        <table className="table-import__columns">
          <caption className="visually-hidden">{t('table.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.column')}</th>
              <th scope="col">{t('table.firstValues')}</th>
              <th scope="col">{t('table.importedAs')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((i) => {
              const name = summary.header?.[i] ?? t('table.columnN', { n: i + 1 });
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
                    <select aria-label={t('table.importColumnAs', { name })} value={mapping.fields[i] ?? ''} onChange={(e) => setField(i, (e.target.value || null) as TableField | null)}>
                      <option value="">{t('table.notImported')}</option>
                      {TABLE_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`table.field.${f}`)}
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

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS, type ColumnUse, type Field } from '../../import/fields';
import { choiceOf, tableKey, type ColumnChoice, type Mapping } from '../../import/mapping';
import type { RawImport } from '../../import/types';
import { useModalDialog } from '../useModalDialog';
import { DialogHead } from '../DialogHead';
import './import.css';

interface Props {
  raw: RawImport;
  mapping: Mapping;
  onApply: (mapping: Mapping) => void;
  onClose: () => void;
}

const ATTRIBUTE = '#attribute';
const IGNORE = '#ignore';

function selectValue(use: ColumnUse): string {
  return 'field' in use ? use.field : 'attribute' in use ? ATTRIBUTE : IGNORE;
}

/** Each column of each table: which field it fills, or a free attribute, or nothing; and private or not. */
export function ColumnMappingDialog({ raw, mapping, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);
  const [choices, setChoices] = useState<Mapping>(() =>
    Object.fromEntries(
      raw.tables.map((table) => [
        tableKey(table),
        Object.fromEntries(table.columns.map((column) => [column, choiceOf(mapping, table, column)])),
      ]),
    ),
  );
  const set = (key: string, column: string, choice: ColumnChoice) =>
    setChoices((current) => ({ ...current, [key]: { ...current[key], [column]: choice } }));
  const fieldLabel = (field: Field) => t(`importer.field.${field.replace('.', '_') as 'id'}`);

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby={titleId} data-testid="import-mapping" onClick={onBackdropClick}>
      <form
        className="import-inner"
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(choices);
        }}
      >
        <DialogHead
          prefix="import"
          titleId={titleId}
          title={t('importer.mappingTitle')}
          closeLabel={t('importer.close')}
          onClose={onClose}
        />
        <p>{t('importer.mappingHint')}</p>
        {raw.tables.map((table) => {
          const key = tableKey(table);
          return (
            <table key={key} className="import-mapping-table">
              <caption>
                {t(table.kind === 'actors' ? 'importer.table_actors' : 'importer.table_alliances', {
                  where: table.sheet ? `${table.file} › ${table.sheet}` : table.file,
                  rows: table.rows.length,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('importer.column')}</th>
                  <th scope="col">{t('importer.becomes')}</th>
                  <th scope="col">{t('importer.privateColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {table.columns.map((column) => {
                  const choice = choices[key]?.[column] ?? choiceOf(mapping, table, column);
                  return (
                    <tr key={column}>
                      <th scope="row">{column}</th>
                      <td>
                        <select
                          aria-label={`${t('importer.becomes')} : ${column}`}
                          value={selectValue(choice.use)}
                          onChange={(event) => {
                            const value = event.target.value;
                            const use: ColumnUse =
                              value === ATTRIBUTE ? { attribute: column } : value === IGNORE ? { ignore: true } : { field: value as Field };
                            set(key, column, { ...choice, use });
                          }}
                        >
                          {FIELDS[table.kind].map((field) => (
                            <option key={field} value={field}>
                              {fieldLabel(field)}
                            </option>
                          ))}
                          <option value={ATTRIBUTE}>{t('importer.asAttribute')}</option>
                          <option value={IGNORE}>{t('importer.ignore')}</option>
                        </select>
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t('importer.privateColumn')} : ${column}`}
                          checked={choice.private}
                          onChange={(event) => set(key, column, { ...choice, private: event.target.checked })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        })}
        <div className="import-actions">
          <button type="submit" className="import-primary" data-testid="import-mapping-apply">
            {t('importer.apply')}
          </button>
          <button type="button" onClick={onClose}>
            {t('importer.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

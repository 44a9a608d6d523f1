import type { TFunction } from 'i18next';
import { formatEdtfWords } from '../domain/corroboration';
import type { VersionWords } from '../workspace/conflicts/eventVersions';

/** The words of a conflict's side-by-side versions, in the interface language. */
export function versionWordsIn(t: TFunction, locale: string): VersionWords {
  return {
    field: (f) => t(`conflict.field.${f}`),
    date: (edtf) => formatEdtfWords(edtf, locale),
    kind: (k) => t(`kind.${k}`),
    status: (s) => t(`reviewStatus.${s}`, { defaultValue: s }),
    kept: t('conflict.kept'),
    deleted: t('conflict.deleted'),
  };
}

import './fields.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Tags as one line of text, separated by commas; each is trimmed and kept once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function TagsField(props: { value: readonly string[]; onChange: (tags: string[]) => void }) {
  const id = useId();
  const { t } = useTranslation();
  const [text, setText] = useState(props.value.join(', '));
  return (
    <div className="field">
      <label htmlFor={id}>{t('fields.tags')}</label>
      <input
        id={id}
        type="text"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parseTags(e.target.value));
        }}
      />
    </div>
  );
}

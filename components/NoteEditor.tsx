import { useState } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  note: string;
  onSave(note: string): void;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** A Markdown note; Ctrl/Cmd+Enter saves, Escape cancels. */
export function NoteEditor({ note, onSave, onCancel, autoFocus }: Props) {
  const [draft, setDraft] = useState(note);
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <textarea
        value={draft}
        aria-label={t('noteLabel')}
        placeholder={t('notePlaceholder')}
        autoFocus={autoFocus}
        rows={4}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave(draft);
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div class="row">
        <button type="submit">{t('save')}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('close')}
          </button>
        )}
      </div>
    </form>
  );
}

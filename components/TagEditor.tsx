import { useId, useState } from 'preact/hooks';
import { Tag } from '@/lib/model';
import { t } from './i18n';

interface Props {
  tags: string[];
  suggestions: string[];
  onChange(tags: string[]): void;
  autoFocus?: boolean;
}

/** Tags as removable chips and an input that suggests the tags already in use. */
export function TagEditor({ tags, suggestions, onChange, autoFocus }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();

  const add = () => {
    const parsed = Tag.safeParse(draft);
    setDraft('');
    if (parsed.success && !tags.includes(parsed.data)) onChange([...tags, parsed.data]);
  };

  return (
    <div class="tags">
      <ul class="chips" aria-label={t('tagsLabel')}>
        {tags.map((tag) => (
          <li key={tag} class="chip">
            <span>{tag}</span>
            <button
              type="button"
              aria-label={t('removeTag', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        value={draft}
        list={listId}
        aria-label={t('newTag')}
        placeholder={t('newTag')}
        autoFocus={autoFocus}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={() => draft.trim() && add()}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}

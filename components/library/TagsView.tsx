// All tags with their counts: show a tag's highlights, rename a tag (renaming to a tag in
// use merges the two), delete a tag (after a confirmation naming how many it touches).
import { useState } from 'preact/hooks';
import { Tag } from '@/lib/model';
import { t } from '../i18n';

export interface TagsViewProps {
  tags: readonly { tag: string; count: number }[];
  onShow: (tag: string) => void;
  onRename: (from: string, to: string) => Promise<void>;
  onDelete: (tag: string) => Promise<void>;
}

function TagItem({
  tag,
  count,
  known,
  onShow,
  onRename,
  onDelete,
}: { tag: string; count: number; known: (tag: string) => boolean } & Omit<TagsViewProps, 'tags'>) {
  const [name, setName] = useState(tag);
  const [invalid, setInvalid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const parsed = Tag.safeParse(name);
  const target = parsed.success ? parsed.data : undefined;
  const merges = target !== undefined && target !== tag && known(target);

  function rename(event: Event) {
    event.preventDefault();
    if (target === undefined) return setInvalid(true);
    setInvalid(false);
    if (target !== tag) void onRename(tag, target);
  }

  const errorId = `tag-error-${encodeURIComponent(tag)}`;
  return (
    <li class="library-tag-item">
      <button type="button" class="library-link" onClick={() => onShow(tag)}>
        <span aria-hidden="true">{tag}</span>
        <span class="gloss-visually-hidden">{t('library_showTag', tag)}</span>
      </button>
      <span class="library-meta">{t('library_tagCount', String(count))}</span>
      <form class="library-tag-form" onSubmit={rename}>
        <input
          value={name}
          aria-label={t('library_renameTo', tag)}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={target === tag}>
          {merges ? t('library_merge', target) : t('library_rename')}
        </button>
        {invalid && (
          <span id={errorId} role="alert">
            {t('library_invalidTag')}
          </span>
        )}
      </form>
      {confirming ? (
        <span>
          <button type="button" class="gloss-danger" onClick={() => void onDelete(tag)}>
            {t('library_confirmDeleteTag', [tag, String(count)])}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('library_cancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="gloss-danger" onClick={() => setConfirming(true)}>
          {t('library_deleteTag', tag)}
        </button>
      )}
    </li>
  );
}

export function TagsView({ tags, ...actions }: TagsViewProps) {
  const names = new Set(tags.map((entry) => entry.tag));
  return (
    <section class="library-tags" aria-labelledby="library-tags-heading">
      <h2 id="library-tags-heading">{t('library_tagsHeading')}</h2>
      {tags.length === 0 ? (
        <p>{t('library_noTags')}</p>
      ) : (
        <ul>
          {tags.map(({ tag, count }) => (
            <TagItem key={tag} tag={tag} count={count} known={(n) => names.has(n)} {...actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

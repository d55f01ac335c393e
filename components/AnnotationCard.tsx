import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { COLOURS, quoteOf, type AnchorState, type Annotation } from '@/lib/model';
import type { AnnotationChanges } from '@/lib/model/messages';
import { COLOUR_VALUES } from '@/lib/page/paint';
import { Markdown } from './Markdown';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import { t } from './i18n';

interface Props {
  annotation: Annotation;
  state?: AnchorState;
  suggestions: string[];
  focused?: boolean;
  onShow(): void;
  onChange(changes: AnnotationChanges): void;
  onDelete(): void;
  onReattach?(): void;
  /** More actions for the card, such as copying the quote with its citation. */
  actions?: ComponentChildren;
}

/** One annotation in the sidebar: its quote, note and tags, all editable in place. */
export function AnnotationCard(props: Props) {
  const { annotation, state, focused } = props;
  const [editing, setEditing] = useState(false);
  // A highlight clicked in the page opens here ready for its note.
  useEffect(() => {
    if (focused) setEditing(true);
  }, [focused]);
  const orphan = state === 'orphan';

  return (
    <article
      class={`card${focused ? ' focused' : ''}`}
      data-annotation-id={annotation.id}
      style={{ borderInlineStartColor: COLOUR_VALUES[annotation.colour] }}
    >
      {orphan ? (
        <blockquote class="quote">{quoteOf(annotation)}</blockquote>
      ) : (
        <button type="button" class="quote" title={t('openInPage')} onClick={props.onShow}>
          {quoteOf(annotation)}
        </button>
      )}
      {state === 'changed' && <p class="notice">{t('textChanged')}</p>}
      {editing ? (
        <NoteEditor
          note={annotation.note}
          autoFocus
          onSave={(note) => {
            props.onChange({ note });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {annotation.note && <Markdown class="note" source={annotation.note} />}
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {annotation.note ? t('editNote') : t('addNote')}
          </button>
        </>
      )}
      <TagEditor
        tags={annotation.tags}
        suggestions={props.suggestions}
        onChange={(tags) => props.onChange({ tags })}
      />
      <div class="row actions">
        <label>
          <span class="visually-hidden">{t('changeColour')}</span>
          <select
            value={annotation.colour}
            onChange={(e) =>
              props.onChange({ colour: e.currentTarget.value as Annotation['colour'] })
            }
          >
            {COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(`colour_${c}`)}
              </option>
            ))}
          </select>
        </label>
        {orphan && props.onReattach && (
          <button type="button" onClick={props.onReattach}>
            {t('reattach')}
          </button>
        )}
        {props.actions}
        <button type="button" class="danger" onClick={props.onDelete}>
          {t('deleteAnnotation')}
        </button>
      </div>
    </article>
  );
}

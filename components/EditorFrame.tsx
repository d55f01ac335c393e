import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { quoteOf, type Annotation } from '@/lib/model';
import type { AnnotationChanges, ToBackground } from '@/lib/model/messages';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import { errorMessage } from './errors';

const send = <T,>(message: ToBackground) => browser.runtime.sendMessage(message) as Promise<T>;

/** Note and tags of one annotation, edited through the background (the frame has no database). */
export function EditorFrame({ id, focus }: { id: string; focus: 'note' | 'tags' }) {
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void send<Annotation | null>({ type: 'annotation.get', id }).then(setAnnotation);
    void send<{ tag: string }[]>({ type: 'tags.list' }).then((tags) =>
      setSuggestions(tags.map((x) => x.tag)),
    );
  }, [id]);

  const close = () => void send({ type: 'editor.close' });
  const save = async (changes: AnnotationChanges) => {
    try {
      const updated = await send<Annotation | null>({ type: 'annotation.update', id, changes });
      if (updated) setAnnotation(updated);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!annotation) return null;
  return (
    <div class="editor-frame" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <blockquote class="quote">{quoteOf(annotation)}</blockquote>
      <NoteEditor
        note={annotation.note}
        autoFocus={focus === 'note'}
        onSave={(note) => void save({ note }).then(close)}
        onCancel={close}
      />
      <TagEditor
        tags={annotation.tags}
        suggestions={suggestions}
        autoFocus={focus === 'tags'}
        onChange={(tags) => void save({ tags })}
      />
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

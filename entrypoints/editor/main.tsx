import { render } from 'preact';
import { EditorFrame } from '@/components/EditorFrame';
import '@/components/theme.css';
import '@/components/ui.css';

// The in-page editor: an extension page in a frame, so the visited page cannot read the note.
const params = new URLSearchParams(location.search);
document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <EditorFrame
    id={params.get('id') ?? ''}
    focus={params.get('focus') === 'tags' ? 'tags' : 'note'}
  />,
  document.getElementById('app')!,
);

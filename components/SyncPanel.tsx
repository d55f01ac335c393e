// Sync and export: the sync file (export, import with a preview, or kept in sync with a file
// where the browser allows it), Markdown and W3C Web Annotations. Shown in the sidebar under
// its "Sync and export" summary, which heads it. The library exports its selection through
// the same files (lib/library/export.ts) without this panel.
import { liveQuery } from 'dexie';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { GlossDb } from '../lib/db';
import { exportSyncFile, importSyncFile, previewImport, type ImportCounts } from '../lib/db/sync';
import { exportFileName } from '../lib/export/file-name';
import { recordExports, type RecordExport } from '../lib/export/files';
import { parseImportFile } from '../lib/export/hypothesis';
import type { SyncFile } from '../lib/model/sync-file';
import type { SyncError } from '../lib/sync';
import { saveFile } from './download';
import { exportWords } from './export-words';
import { t, uiLanguage, type MessageKey } from './i18n';
import {
  canKeepFileInSync,
  forgetSyncFile,
  mayWrite,
  pickSyncFile,
  storedSyncFile,
  syncFileNow,
} from './sync-file-handle';
import { errorText as message } from './errors';

interface SyncPanelProps {
  db: GlossDb;
  /** The page the sidebar shows, offered as "this page". */
  pageId?: string;
  /** Tags in use, offered as export scopes. */
  tags: string[];
}

/** Changes are written to the kept file this long after the last one. */
const WRITE_DELAY_MS = 2_000;
const FIRST_ERRORS = 5;

/** What a panel reports; a refused file's first bad fields go with its error. */
type Status =
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string; errors?: SyncError[] }
  | undefined;
type Pending = { file: SyncFile; counts: ImportCounts; name: string };

const COUNT_KEYS: [keyof ImportCounts, MessageKey][] = [
  ['new', 'sync_count_new'],
  ['updated', 'sync_count_updated'],
  ['deleted', 'sync_count_deleted'],
  ['conflicts', 'sync_count_conflicts'],
  ['unchanged', 'sync_count_unchanged'],
];

function Report({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <div role={status.kind === 'error' ? 'alert' : 'status'}>
      <p>{status.text}</p>
      {status.kind === 'error' && status.errors && (
        <ul>
          {status.errors.slice(0, FIRST_ERRORS).map((e, i) => (
            <li key={i}>
              {e.path && <code>{e.path}</code>} {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SyncPanel({ db, pageId, tags }: SyncPanelProps) {
  const [scope, setScope] = useState(pageId ? 'page' : 'all');
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const records = recordExports(exportWords());

  async function exported(): Promise<{ file: SyncFile; subject: string }> {
    const now = new Date().toISOString();
    if (scope === 'page' && pageId) {
      const page = await db.pages.get(pageId);
      return { file: await exportSyncFile(db, { pageId }, now), subject: page?.title ?? '' };
    }
    if (scope.startsWith('tag:')) {
      const tag = scope.slice(4);
      return { file: await exportSyncFile(db, { tag }, now), subject: `tag ${tag}` };
    }
    return { file: await exportSyncFile(db, {}, now), subject: '' };
  }

  /** Runs one action at a time, turning failures into a message. */
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setStatus(undefined);
    try {
      await action();
    } catch (error) {
      setStatus({ kind: 'error', text: t('sync_failed', message(error)) });
    } finally {
      setBusy(false);
    }
  }

  /** Saves the scope's annotations as the file `make` makes of them. */
  const exportAs = (make: RecordExport) =>
    run(async () => {
      const { file, subject } = await exported();
      const made = await make(file, subject);
      if (made) saveFile(made);
      else setStatus({ kind: 'info', text: t('sync_export_empty') });
    });

  const chooseImport = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setPending(undefined);
    void run(async () => {
      const parsed = parseImportFile(await chosen.text());
      if (!parsed.ok) {
        setStatus({
          kind: 'error',
          text: t('sync_import_bad', chosen.name),
          errors: parsed.errors,
        });
        return;
      }
      setPending({
        file: parsed.file,
        counts: await previewImport(db, parsed.file),
        name: chosen.name,
      });
    });
  };

  const confirmImport = () =>
    run(async () => {
      if (!pending) return;
      setPending(undefined);
      try {
        await importSyncFile(db, pending.file);
        setStatus({ kind: 'info', text: t('sync_import_done', pending.name) });
      } catch (error) {
        // The transaction was rolled back: say so, rather than the generic message.
        setStatus({ kind: 'error', text: t('sync_import_failed', message(error)) });
      }
    });

  return (
    <div class="sync-panel">
      <label for={`${id}-scope`}>{t('sync_scope')}</label>{' '}
      <select
        id={`${id}-scope`}
        value={scope}
        onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="all">{t('sync_scope_everything')}</option>
        {pageId && <option value="page">{t('sync_scope_page')}</option>}
        {tags.map((tag) => (
          <option key={tag} value={`tag:${tag}`}>
            {t('sync_scope_tag', tag)}
          </option>
        ))}
      </select>
      <div role="group" aria-label={t('sync_export_group')}>
        <button type="button" disabled={busy} onClick={() => exportAs(records.syncFile)}>
          {t('sync_export_file')}
        </button>
        <button type="button" disabled={busy} onClick={() => exportAs(records.markdown)}>
          {t('sync_export_markdown')}
        </button>
        <button type="button" disabled={busy} onClick={() => exportAs(records.w3c)}>
          {t('sync_export_w3c')}
        </button>
      </div>
      <h2>{t('sync_import_heading')}</h2>
      <label for={`${id}-import`}>{t('sync_import_choose')}</label>{' '}
      <input
        id={`${id}-import`}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        disabled={busy}
        onChange={chooseImport}
      />
      {pending && (
        <div role="group" aria-label={t('sync_import_preview', pending.name)}>
          <p>{t('sync_import_preview', pending.name)}</p>
          <ul>
            {COUNT_KEYS.map(([count, key]) => (
              <li key={count}>{t(key, String(pending.counts[count]))}</li>
            ))}
          </ul>
          <button type="button" disabled={busy} onClick={confirmImport}>
            {t('sync_import_confirm')}
          </button>
          <button type="button" disabled={busy} onClick={() => setPending(undefined)}>
            {t('sync_import_cancel')}
          </button>
        </div>
      )}
      <Report status={status} />
      {canKeepFileInSync() && <KeepInSync db={db} />}
    </div>
  );
}

/** The file kept in sync: merged in when the panel opens, written back after changes. */
function KeepInSync({ db }: { db: GlossDb }) {
  const [handle, setHandle] = useState<FileSystemFileHandle>();
  const [status, setStatus] = useState<Status>();
  const syncing = useRef(false);
  const chosen = useRef<FileSystemFileHandle>();
  const id = useId();

  async function sync(target: FileSystemFileHandle) {
    if (syncing.current) return;
    syncing.current = true;
    try {
      const result = await syncFileNow(db, target);
      if (result.ok) {
        const time = new Date().toLocaleTimeString(uiLanguage());
        setStatus({ kind: 'info', text: t('sync_file_synced', time) });
      } else {
        setStatus({
          kind: 'error',
          text: t('sync_import_bad', target.name),
          errors: result.errors,
        });
      }
    } catch (error) {
      setStatus({ kind: 'error', text: t('sync_file_error', message(error)) });
    } finally {
      syncing.current = false;
    }
  }

  // On open: the remembered file is merged in, if the browser still allows it without a click.
  useEffect(() => {
    void storedSyncFile(db)
      .then(async (stored) => {
        // A file picked while this was reading wins over the remembered one.
        if (!stored || chosen.current) return;
        chosen.current = stored;
        setHandle(stored);
        if (await mayWrite(stored)) await sync(stored);
      })
      .catch((error: unknown) => {
        setStatus({ kind: 'error', text: t('sync_file_error', message(error)) });
      });
  }, [db]);

  // After changes, wherever they were made: one write once they settle. The first answer
  // counts too: a change made while this was starting must not wait for the next one.
  useEffect(() => {
    if (!handle) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changes = liveQuery(() =>
      Promise.all([
        db.pages.orderBy('updatedAt').last(),
        db.annotations.orderBy('updatedAt').last(),
        db.tombstones.count(),
      ]),
    ).subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void sync(handle), WRITE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      changes.unsubscribe();
    };
  }, [db, handle]);

  async function pick(mode: 'open' | 'create') {
    try {
      const name = exportFileName('sync', new Date().toISOString(), 'json');
      const picked = await pickSyncFile(db, mode, t('sync_file_type'), name);
      chosen.current = picked;
      setHandle(picked);
      await sync(picked);
    } catch (error) {
      // Closing the picker is a choice, not an error.
      if ((error as Error).name !== 'AbortError') {
        setStatus({ kind: 'error', text: t('sync_file_error', message(error)) });
      }
    }
  }

  async function stop() {
    await forgetSyncFile(db);
    chosen.current = undefined;
    setHandle(undefined);
    setStatus(undefined);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sync_file_heading')}</h2>
      <p>{t('sync_file_explain')}</p>
      {handle ? (
        <>
          <p>{t('sync_file_linked', handle.name)}</p>
          <button type="button" onClick={() => void sync(handle)}>
            {t('sync_file_now')}
          </button>
          <button type="button" onClick={() => void stop()}>
            {t('sync_file_stop')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => void pick('open')}>
            {t('sync_file_open')}
          </button>
          <button type="button" onClick={() => void pick('create')}>
            {t('sync_file_create')}
          </button>
        </>
      )}
      <Report status={status} />
    </section>
  );
}

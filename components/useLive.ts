import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept up to date as the database changes, in this context or in
 * another of the extension's (Dexie broadcasts changes across its origin).
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error(error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

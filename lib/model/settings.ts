import { z } from 'zod';
import { CITATION_STYLES } from '../export/citation';

/** The reader's preferences, kept in the database beside the annotations. */
export const Settings = z.object({
  /** The student's citation style, used by every "copy with citation" and bibliography. */
  citationStyle: z.enum(CITATION_STYLES).default('apa').catch('apa'),
});
export type Settings = z.infer<typeof Settings>;

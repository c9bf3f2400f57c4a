import { z } from 'zod';
import { Id, IsoDate, PlainText } from './common.ts';

export const Source = z
  .object({
    id: Id,
    /** The seed file the figures were read from. */
    file: z.string().min(1),
    title: PlainText,
    /** Used in citations beside figures. */
    shortTitle: PlainText,
    publisher: PlainText,
    kind: z.enum(['strategy', 'board-pack', 'board-report', 'self-assessment', 'official-statistics']),
    /** Date of the document (first day of the month where only a month is known). */
    date: IsoDate,
    dateLabel: PlainText,
    summary: PlainText,
  })
  .strict();
export const Sources = z.array(Source).min(1);
export type Source = z.infer<typeof Source>;

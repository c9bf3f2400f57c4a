/**
 * The build date: the one day "state on the build date" is computed for (an ask due, overdue, met
 * or replaced) and the day the print header names. `BUILD_DATE=YYYY-MM-DD` fixes it (a rebuild of
 * an old release, a test); otherwise it is the day the build runs. Views never read the clock:
 * the model carries this day (Model.buildDay), so a test gives any day it likes.
 */
import { IsoDate } from './schemas/common.ts';

export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.BUILD_DATE;
  if (fixed !== undefined) {
    const r = IsoDate.safeParse(fixed);
    if (!r.success) throw new Error(`BUILD_DATE: expected a real date written YYYY-MM-DD, received ${JSON.stringify(fixed)}`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}

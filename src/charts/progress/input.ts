/** The success-measures chart's input from the model: each priority's measures with baseline, latest and target. */
import type { Model, ShownReading } from '../../data/model.ts';
import { formatMonth } from '../../text/format.ts';
import { chartMeta, suppressedKey } from '../from-model.ts';
import type { ProgressInput, ProgressRow, Reading } from './draw.ts';

const TITLE = 'Progress against the strategy’s success measures';

/** The chart, or null when the strategy sets no success measures. */
export function progressInput(m: Model, id: string): ProgressInput | null {
  const refs: ShownReading[] = [];
  const read = (r: ShownReading | null): Reading | null => (r ? (refs.push(r), { shown: r.shown, when: formatMonth(r.asAt) }) : null);
  const rows = m.priorities.flatMap((p) =>
    p.measures.map((me): ProgressRow => {
      // The target is read first: the sources list in that order.
      const target = me.target === 'not-published' ? 'not-published' : read(me.target)!;
      return {
        key: me.id,
        priority: p.number,
        label: me.label,
        direction: me.direction,
        unit: me.baseline?.unit ?? me.latest?.unit ?? (me.target !== 'not-published' ? me.target.unit : null),
        baseline: read(me.baseline),
        latest: read(me.latest),
        target,
      };
    }),
  );
  return rows.length ? { meta: chartMeta(m, id, TITLE, refs), rows, suppressedKey: suppressedKey(m) } : null;
}

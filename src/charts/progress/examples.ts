/** Examples for progressChart. SYNTHETIC TEST DATA: every number here is made up. */
import type { ProgressInput } from './draw.ts';
import { exampleMeta } from '../examples/meta.ts';

export const progressExamples = {
  /** Moved the right way; with a target; c baseline; no number at all. */
  measures: {
    meta: exampleMeta('progress-measures', 'Synthetic success measures'),
    rows: [
      { key: 'share', priority: 1, label: 'Share in family homes', direction: 'increase', unit: 'percent', baseline: { shown: { kind: 'number', n: 60 }, when: 'March 2023' }, latest: { shown: { kind: 'number', n: 64 }, when: 'March 2024' }, target: 'not-published' },
      { key: 'flats', priority: 2, label: 'Flats for care leavers', direction: 'increase', unit: 'flats', baseline: { shown: { kind: 'number', n: 10 }, when: 'March 2023' }, latest: null, target: { shown: { kind: 'number', n: 30 }, when: 'March 2027' } },
      { key: 'bb', priority: 3, label: 'Care leavers in bed and breakfast', direction: 'zero', unit: 'young-people', baseline: { shown: { kind: 'suppressed', reason: 'primary' }, when: 'March 2023' }, latest: null, target: { shown: { kind: 'number', n: 0 }, when: 'March 2027' } },
      { key: 'hub', priority: 4, label: 'A single point of contact', direction: 'qualitative', unit: null, baseline: null, latest: null, target: 'not-published' },
    ],
  },
} satisfies Record<string, ProgressInput>;

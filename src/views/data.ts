/** The data and downloads page. */
import type { Model } from '../data/model.ts';
import { DOWNLOADS, downloadCsv, type DownloadId } from '../site/csv.ts';
import { formatDate } from '../text/format.ts';
import { suppressedExplained } from '../text/symbols.ts';
import { councilPath } from '../site/paths.ts';
import type { PageMeta } from './site.ts';

export interface DataView {
  meta: PageMeta;
  caption: string;
  files: { name: string; href: string; text: string; rows: number }[];
  suppressed: string;
  licence: string;
}

/** "Fostering budget and spend, 2017/18 to 2019/20": the years come from the data. */
function financeText(m: Model): string {
  const years = [...new Set(m.finance.map((l) => l.year))].sort();
  return years.length ? `${DOWNLOADS.finance}, ${years[0]} to ${years.at(-1)}` : DOWNLOADS.finance;
}

export function dataView(m: Model): DataView {
  return {
    meta: {
      title: 'Data and downloads',
      description: 'Download every figure, need and home published on this site as CSV, with sources and "as at" dates.',
      kind: 'data',
      audiences: ['providers', 'councillors'],
      crumbs: [{ label: 'Data and downloads', href: councilPath(m.council.slug, 'data/') }],
    },
    caption: `Downloads (data as at ${formatDate(m.edition.asAt)})`,
    files: (Object.keys(DOWNLOADS) as DownloadId[]).map((id) => ({ name: `${id}.csv`, href: councilPath(m.council.slug, `data/${id}.csv`), text: id === 'finance' ? financeText(m) : DOWNLOADS[id], rows: downloadCsv(m, id).split('\n').length - 1 })),
    suppressed: suppressedExplained(m.rule).replace(/^c: /, ''),
    licence: m.council.licence,
  };
}

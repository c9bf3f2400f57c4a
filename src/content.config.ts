import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { dataDir } from './data/model.ts';
import { councilContentDir as contentDirOf } from './data/load.ts';

const schema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
});

/** The council's own prose: a `content/` folder inside its data folder, else content/councils/<slug>/. */
function councilContentDir(): string {
  return './' + relative(process.cwd(), contentDirOf(dataDir())).replaceAll('\\', '/');
}

/** Narrative written by us, summarising the documents: one MDX file per page or section. */
const narrative = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: councilContentDir() }), schema });
/** Prose that is the same for every council (accessibility, and fallbacks). */
const siteText = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/site' }), schema });

export const collections = { narrative, siteText };

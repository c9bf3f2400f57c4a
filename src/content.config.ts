import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { inDepthCouncils } from './data/site-config.ts';
import { councilContentDir } from './data/load.ts';
import { narrativeCollection } from './site/collections.ts';

const schema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
});

/** A council's own prose: a `content/` folder inside its data folder, else content/councils/<slug>/. */
const base = (dir: string) => './' + relative(process.cwd(), councilContentDir(dir)).replaceAll('\\', '/');


/** Narrative written by us, summarising each council's documents: one collection per council covered in depth. */
const councils = Object.fromEntries(
  inDepthCouncils().map((c) => [narrativeCollection(c.slug), defineCollection({ loader: glob({ pattern: '**/*.mdx', base: base(c.abs) }), schema })]),
);
/** Prose that is the same for every page of the portal (accessibility, and fallbacks). */
const siteText = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/site' }), schema });

export const collections = { ...councils, siteText };

/** The content collection holding one council's prose (defined in src/content.config.ts, read by Narrative.astro). */
export const narrativeCollection = (slug: string) => `narrative_${slug.replaceAll('-', '_')}`;

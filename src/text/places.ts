/** Place names inside sentences. */

/** A region's name as prose needs it: "the South West", but "London". */
export const theRegion = (name: string) => (/^(London|Inner London|Outer London|Yorkshire and The Humber|England)$/.test(name) ? name : `the ${name}`);

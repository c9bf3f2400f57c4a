/** How search compares words and phrases: lower case, apostrophes dropped, any other punctuation a space. */
export const searchKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Renders public/share-card.png (1200×630, for link previews) and public/favicon.ico from SVG. Run once when the design changes. */
import sharp from 'sharp';
import { readFileSync } from 'node:fs';

const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b3a5d"/>
  <rect y="560" width="1200" height="70" fill="#0e4a75"/>
  <g fill="#fff" font-family="DejaVu Sans, Arial, sans-serif">
    <text x="80" y="150" font-size="40">Dorset Council</text>
    <text x="80" y="250" font-size="64" font-weight="bold">Homes for children in care</text>
    <text x="80" y="330" font-size="64" font-weight="bold">and care leavers</text>
    <text x="80" y="430" font-size="36">Placement sufficiency and market position, 2024 to 2027</text>
    <text x="80" y="607" font-size="28">Needs, gaps and plans by placement type and locality</text>
  </g>
</svg>`;
await sharp(Buffer.from(card)).png().toFile('public/share-card.png');
const icon = await sharp(readFileSync('public/favicon.svg')).resize(32, 32).png().toBuffer();
// A PNG-in-ICO container: 6-byte header, one 16-byte directory entry, then the PNG.
const header = Buffer.from([0, 0, 1, 0, 1, 0, 32, 32, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 22, 0, 0, 0]);
header.writeUInt32LE(icon.length, 14);
await import('node:fs').then((fs) => fs.writeFileSync('public/favicon.ico', Buffer.concat([header, icon])));
console.log('wrote public/share-card.png and public/favicon.ico');

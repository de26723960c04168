// subset-font.mjs — makes assets/fonts/Inter-Regular-subset.otf, the UI font the app ships: Debian's Inter
// (fonts-inter, OFL-1.1) cut down to the glyph ranges src/ui/fonts.cpp loads (kGlyphRanges; keep the two in
// step). The whole font is 259 KB (142 KB gzip) and would be most of the app's data download; the subset is
// 78 KB (42 KB gzip). Needs the npm package subset-font (harfbuzz's hb-subset compiled to wasm):
//   npm install --prefix /tmp/subset subset-font@2.9.0
//   NODE_PATH=/tmp/subset/node_modules node cmake/subset-font.mjs [/usr/share/fonts/opentype/inter/Inter-Regular.otf]
import fs from "node:fs";
import { createRequire } from "node:module";

const subsetFont = createRequire(process.env.NODE_PATH.split(":")[0] + "/")("subset-font");
const RANGES = [[0x20, 0x17f], [0x2010, 0x205e], [0x20a0, 0x20c0], [0x2190, 0x21ff], [0x2212, 0x2212], [0x2713, 0x2717]];
let text = "";
for (const [a, b] of RANGES) for (let c = a; c <= b; ++c) text += String.fromCodePoint(c);
const source = fs.readFileSync(process.argv[2] || "/usr/share/fonts/opentype/inter/Inter-Regular.otf");
const out = new URL("../assets/fonts/Inter-Regular-subset.otf", import.meta.url);
fs.writeFileSync(out, await subsetFont(source, text, { targetFormat: "sfnt" }));
console.log(`${out.pathname}: ${fs.statSync(out).size} bytes`);

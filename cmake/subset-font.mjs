// subset-font.mjs — makes assets/fonts/Inter-Regular-subset.otf, the UI font the app ships: Debian's Inter
// (fonts-inter, OFL-1.1) cut down to the glyph ranges src/ui/fonts.cpp loads (kGlyphRanges; keep the two in
// step). The whole font is 259 KB (142 KB gzip) and would be most of the app's data download; the subset is
// 40 KB (27 KB gzip): those ranges only, and without the layout tables ImGui never reads (GSUB, GPOS, GDEF:
// ligatures, kerning). Needs the npm package subset-font (harfbuzz's hb-subset compiled to wasm):
//   npm install --prefix /tmp/subset subset-font@2.9.0
//   NODE_PATH=/tmp/subset/node_modules node cmake/subset-font.mjs [/usr/share/fonts/opentype/inter/Inter-Regular.otf]
import fs from "node:fs";
import { createRequire } from "node:module";

// The sfnt font `font` without the tables named in `drop`: ImGui rasterises glyphs with stb_truetype and never
// applies substitutions or kerning, so those tables are bytes downloaded for nothing. The kept tables are copied
// unchanged (their checksums stay valid); only the directory and head.checkSumAdjustment are recomputed.
function withoutTables(font, drop) {
  const tables = [];
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; ++i) {
    const at = 12 + 16 * i;
    const tag = font.toString("latin1", at, at + 4);
    if (drop.includes(tag)) continue;
    tables.push({ tag, checksum: font.readUInt32BE(at + 4), data: font.subarray(font.readUInt32BE(at + 8), font.readUInt32BE(at + 8) + font.readUInt32BE(at + 12)) });
  }
  const padded = (n) => (n + 3) & ~3;
  let size = 12 + 16 * tables.length;
  for (const t of tables) size += padded(t.data.length);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(font.readUInt32BE(0), 0);  // sfnt version ("OTTO" for CFF outlines)
  const log2 = Math.floor(Math.log2(tables.length));
  out.writeUInt16BE(tables.length, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * tables.length - 16 * 2 ** log2, 10);
  let offset = 12 + 16 * tables.length;
  let headOffset = -1;
  tables.forEach((t, i) => {  // the directory stays sorted by tag: the kept records keep their order
    const at = 12 + 16 * i;
    out.write(t.tag, at, "latin1");
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    if (t.tag === "head") headOffset = offset;
    offset += padded(t.data.length);
  });
  if (headOffset >= 0) {
    out.writeUInt32BE(0, headOffset + 8);  // checkSumAdjustment is computed over the file with itself at 0
    let sum = 0;
    for (let i = 0; i < out.length; i += 4) sum = (sum + out.readUInt32BE(i)) >>> 0;
    out.writeUInt32BE((0xb1b0afba - sum) >>> 0, headOffset + 8);
  }
  return out;
}

const subsetFont = createRequire(process.env.NODE_PATH.split(":")[0] + "/")("subset-font");
const RANGES = [[0x20, 0x17f], [0x2010, 0x2027], [0x2030, 0x203a], [0x20a0, 0x20c0], [0x2190, 0x2195], [0x2212, 0x2212],
                [0x2713, 0x2717]];
let text = "";
for (const [a, b] of RANGES) for (let c = a; c <= b; ++c) text += String.fromCodePoint(c);
const source = fs.readFileSync(process.argv[2] || "/usr/share/fonts/opentype/inter/Inter-Regular.otf");
const out = new URL("../assets/fonts/Inter-Regular-subset.otf", import.meta.url);
const subset = Buffer.from(await subsetFont(source, text, { targetFormat: "sfnt" }));
fs.writeFileSync(out, withoutTables(subset, ["GSUB", "GPOS", "GDEF"]));
console.log(`${out.pathname}: ${fs.statSync(out).size} bytes`);

// pack-assets.mjs — writes a web module's data package: the UI font and the assets it needs, in one file the
// page downloads beside the .wasm (read by src/core/assets/pack.h, where the layout is described).
//
//   node cmake/pack-assets.mjs <output .data> <assets dir> <font file> [<assets subfolder>]
//
// The font becomes /fonts/ui.otf; <assets dir> (or only its <subfolder>) becomes /assets/..., leaving out
// fonts/ (the font is packed once, above) and README.md. JSON files lose the whitespace between tokens and
// nothing else: strings, numbers and member order stay byte for byte (the templates' indentation was half of
// the compressed package). Files are in path order, so the same inputs give the same bytes.
import fs from "node:fs";
import path from "node:path";

const [output, assets, font, subfolder] = process.argv.slice(2);
if (!output || !assets || !font) {
  console.error("usage: node pack-assets.mjs <output .data> <assets dir> <font file> [<assets subfolder>]");
  process.exit(2);
}

// Drops whitespace outside strings. A string ends at the first quote not escaped by a backslash.
function minifyJson(text) {
  let out = "";
  let start = 0;  // start of the pending run to copy
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c === '"') {
      for (++i; i < text.length && text[i] !== '"'; ++i) if (text[i] === "\\") ++i;
    } else if (c === " " || c === "\n" || c === "\r" || c === "\t") {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

// [packed path, bytes] of every file under `dir`, packed under `prefix`.
function collect(dir, prefix, files) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const src = path.join(dir, entry.name);
    const dst = prefix + "/" + entry.name;
    if (entry.isDirectory()) {
      if (dst !== "/assets/fonts") collect(src, dst, files);
    } else if (dst === "/assets/README.md") {
      continue;
    } else if (entry.name.endsWith(".json")) {
      const text = fs.readFileSync(src, "utf8");
      try {
        JSON.parse(text);  // a broken template stops the build here
      } catch (e) {
        throw new Error(`${src}: ${e.message}`);
      }
      files.push([dst, Buffer.from(minifyJson(text), "utf8")]);
    } else {
      files.push([dst, fs.readFileSync(src)]);
    }
  }
  return files;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

try {
  const files = [["/fonts/ui.otf", fs.readFileSync(font)]];
  collect(subfolder ? path.join(assets, subfolder) : assets, subfolder ? "/assets/" + subfolder : "/assets", files);
  const parts = [Buffer.from("SWPACK1\n", "latin1")];
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    parts.push(u32(nameBytes.length), nameBytes, u32(data.length), data);
  }
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, Buffer.concat(parts));
} catch (e) {
  console.error(`pack-assets: ${e.message}`);
  process.exit(1);
}

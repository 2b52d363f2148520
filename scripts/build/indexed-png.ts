import { crc32, deflateSync } from 'node:zlib';

/**
 * PNG re-encoding for images of few colours: an Open Graph card is flat colours and
 * anti-aliased text (the seed's card has 86 distinct colours), so one palette byte per pixel
 * instead of four RGBA bytes halves the file (44.6 → 22.3 kB) with every pixel unchanged. Asked
 * for fewer colours, the rarest anti-aliasing shades (well under 1% of a card's pixels) take their
 * nearest kept colour and the 16 left pack two pixels a byte: a fifth smaller again, the change
 * invisible at 4× zoom. Images of more than 256 colours, or with any pixel not fully opaque
 * (resvg's pixels may be premultiplied there), are not this encoder's business: it returns null
 * and the caller keeps its own PNG.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** How many of an image's pixels may change colour when its palette is cut to 16 colours (four bits a pixel). */
const MAX_CHANGED_SHARE = 0.01;

/** The fewest bits per pixel that index a palette of `size` colours (PNG allows 1, 2, 4, 8). */
function bitDepthFor(size: number): 1 | 2 | 4 | 8 {
  return size <= 2 ? 1 : size <= 4 ? 2 : size <= 16 ? 4 : 8;
}

/** A colour's red, green, blue and chroma (max − min channel), from a pixel's 32-bit word as read in the machine's order. */
function channelsOf(word: number): readonly [number, number, number, number] {
  const bytes = new Uint8Array(Int32Array.of(word).buffer);
  const [red, green, blue] = [bytes[0]!, bytes[1]!, bytes[2]!];
  return [red, green, blue, Math.max(red, green, blue) - Math.min(red, green, blue)];
}

/**
 * How far apart two colours look for this purpose: squared RGB distance, plus twice the squared
 * difference of their chroma. Without the chroma term the rare shades at the edge of red text are
 * nearest to a grey shade and the red glyphs get a grey fringe; with it they keep a red one.
 */
function colourDistance(a: readonly number[], b: readonly number[]): number {
  return (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2 + (a[2]! - b[2]!) ** 2 + 2 * (a[3]! - b[3]!) ** 2;
}

/**
 * Where each colour of a palette goes when it is cut to `size` colours: the rarest colour merges
 * into its nearest, again and again (so near-identical shades merge first and distinct ones keep
 * their place), or null when more than `maxChanged` pixels would change. A card's anti-aliased
 * glyph edges come in near-identical shades; its flat colours are kept exactly.
 */
function mergeRarestColours(words: readonly number[], counts: readonly number[], size: number, maxChanged: number): number[] | null {
  const channels = words.map(channelsOf);
  const target = words.map((_, index) => index);
  const alive = new Set(target);
  const weight = [...counts];
  while (alive.size > size) {
    // Ties go to the later colour, so the result depends only on the image.
    const rarest = [...alive].reduce((a, b) => (weight[b]! <= weight[a]! ? b : a));
    alive.delete(rarest);
    const distanceTo = (other: number) => colourDistance(channels[rarest]!, channels[other]!);
    const nearest = [...alive].reduce((a, b) => (distanceTo(b) < distanceTo(a) ? b : a));
    weight[nearest]! += weight[rarest]!;
    for (let index = 0; index < target.length; index += 1) if (target[index] === rarest) target[index] = nearest;
  }
  const changed = counts.reduce((sum, count, index) => (target[index] === index ? sum : sum + count), 0);
  return changed > maxChanged ? null : target;
}

/** Rows of palette indices packed `depth` bits a pixel, each row after its filter byte (0: none, what PNG recommends for palettes). */
function packRows(indices: Uint8Array, width: number, height: number, depth: number): Buffer {
  const rowBytes = Math.ceil((width * depth) / 8);
  const rows = Buffer.alloc((rowBytes + 1) * height);
  const perByteLog = Math.log2(8 / depth);
  const perByteMask = (1 << perByteLog) - 1;
  for (let y = 0; y < height; y += 1) {
    const rowStart = y * (rowBytes + 1) + 1;
    if (depth === 8) {
      rows.set(indices.subarray(y * width, (y + 1) * width), rowStart);
      continue;
    }
    for (let x = 0; x < width; x += 1) {
      // The first pixel of a byte takes its highest bits.
      rows[rowStart + (x >> perByteLog)]! |= indices[y * width + x]! << (8 - depth * ((x & perByteMask) + 1));
    }
  }
  return rows;
}

/**
 * Encodes opaque RGBA pixels as a palette PNG, or returns null past 256 colours or at any
 * transparency. With `fewerColours`, a palette of more than 16 colours is cut to 16 when at most
 * 1% of the pixels change (the rarest shades take their nearest colour), for four bits a pixel.
 */
export function encodeIndexedPng(width: number, height: number, rgba: Uint8Array, { fewerColours = false }: { fewerColours?: boolean } = {}): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  // One 32-bit word per pixel, read as the machine's order and written back byte by byte below;
  // `| 0` keeps the keys small integers, which Map hashes fast (300 ms a card without it).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const bytesOf = new Uint8Array(4);
  const wordOf = new Int32Array(bytesOf.buffer);
  const indexOf = new Map<number, number>();
  const counts: number[] = [];
  let indices = new Uint8Array(width * height);
  let lastWord = 0;
  let lastIndex = -1;
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const word = words[pixel]! | 0;
    if (word !== lastWord || lastIndex < 0) {
      let index = indexOf.get(word);
      if (index === undefined) {
        wordOf[0] = word;
        if (bytesOf[3] !== 0xff) return null;
        if (indexOf.size === 256) return null;
        index = indexOf.size;
        indexOf.set(word, index);
        counts.push(0);
      }
      lastWord = word;
      lastIndex = index;
    }
    indices[pixel] = lastIndex;
    counts[lastIndex]! += 1;
  }
  let paletteWords = [...indexOf.keys()];
  const merged = fewerColours && paletteWords.length > 16 ? mergeRarestColours(paletteWords, counts, 16, Math.floor(width * height * MAX_CHANGED_SHARE)) : null;
  if (merged !== null) {
    const kept = [...new Set(merged)];
    const newIndex = new Map(kept.map((old, index) => [old, index]));
    const remap = Uint8Array.from(merged, (old) => newIndex.get(old)!);
    indices = indices.map((index) => remap[index]!);
    paletteWords = kept.map((old) => paletteWords[old]!);
  }
  const palette = Buffer.alloc(paletteWords.length * 3);
  paletteWords.forEach((word, index) => {
    wordOf[0] = word;
    palette.set(bytesOf.subarray(0, 3), index * 3);
  });
  const depth = bitDepthFor(paletteWords.length);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth; // bits per palette index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    // Level 8: the glyph edges repeat, and only a search for matches finds them. On 12 synthetic
    // cards (one run, load 17): run-length 21.8 kB in 2.7 ms a card, level 6 18.7 kB in 14 ms,
    // level 8 17.3 kB in 53 ms, level 9 16.4 kB in 147 ms, against ~150 ms for satori and resvg
    // to draw the card. Level 9 would double the step's CPU for 0.9 kB more a card.
    chunk('IDAT', deflateSync(packRows(indices, width, height, depth), { level: 8, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

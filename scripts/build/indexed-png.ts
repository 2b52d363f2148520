import { crc32, deflateSync } from 'node:zlib';

/**
 * Lossless PNG re-encoding for images of few colours: an Open Graph card is flat colours and
 * anti-aliased text (the seed's card has 86 distinct colours), so one palette byte per pixel
 * instead of four RGBA bytes halves the file with every pixel unchanged. Images of more than 256
 * colours, or with any pixel not fully opaque (resvg's pixels may be premultiplied there), are not
 * this encoder's business: it returns null and the caller keeps its own PNG.
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

/** Encodes opaque RGBA pixels as a palette PNG, or returns null past 256 colours or at any transparency. */
export function encodeIndexedPng(width: number, height: number, rgba: Uint8Array): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const view = new DataView(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const indexOf = new Map<number, number>();
  // Each row starts with its filter byte (0: none, the filter PNG recommends for palette images).
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const rowStart = y * (width + 1);
    for (let x = 0; x < width; x += 1) {
      const colour = view.getUint32((y * width + x) * 4);
      if ((colour & 0xff) !== 0xff) return null;
      let index = indexOf.get(colour);
      if (index === undefined) {
        if (indexOf.size === 256) return null;
        index = indexOf.size;
        indexOf.set(colour, index);
      }
      rows[rowStart + 1 + x] = index;
    }
  }
  const colours = [...indexOf.keys()];
  const palette = Buffer.alloc(colours.length * 3);
  colours.forEach((colour, index) => {
    palette[index * 3] = colour >>> 24;
    palette[index * 3 + 1] = (colour >>> 16) & 0xff;
    palette[index * 3 + 2] = (colour >>> 8) & 0xff;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per palette index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

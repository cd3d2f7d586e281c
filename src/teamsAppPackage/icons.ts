/**
 * The two icons of the Teams app, drawn in code so they can be regenerated
 * (npm run teams:icons): a speech-bubble "Q" for Quanta. Teams wants a 192×192
 * full-colour icon and a 32×32 outline icon that is white on transparent.
 * Edges are anti-aliased by sampling each pixel 4×4 times.
 */
import { PNG } from 'pngjs';

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;
/** Quanta's teal; also the manifest's accentColor. */
export const ACCENT = '#0F6E6E';

type Shape = (x: number, y: number) => boolean;

/** A "Q": a ring with a tail to the lower right, in a unit square (0..1). */
const Q_MARK: Shape = (x, y) => {
  const r = Math.hypot(x - 0.47, y - 0.46);
  const ring = r >= 0.22 && r <= 0.32;
  // The tail: a thick stroke from inside the ring towards the bottom-right corner.
  const along = (x - 0.55 + (y - 0.55)) / Math.SQRT2;
  const across = Math.abs(x - 0.55 - (y - 0.55)) / Math.SQRT2;
  const tail = along >= 0 && along <= 0.3 && across <= 0.05;
  return ring || tail;
};

const SAMPLES = 4;

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++)
    for (let j = 0; j < SAMPLES; j++)
      if (shape((px + (i + 0.5) / SAMPLES) / size, (py + (j + 0.5) / SAMPLES) / size)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

function draw(size: number, pixel: (cover: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(coverage(Q_MARK, x, y, size));
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** 192×192: a white "Q" on the accent colour, fully opaque. */
export function colorIcon(): Buffer {
  const [ar, ag, ab] = [1, 3, 5].map((i) => parseInt(ACCENT.slice(i, i + 2), 16)) as [number, number, number];
  const mix = (from: number, c: number) => Math.round(from + (255 - from) * c);
  return draw(COLOR_SIZE, (c) => [mix(ar, c), mix(ag, c), mix(ab, c), 255]);
}

/** 32×32: the "Q" in white, everything else transparent. */
export function outlineIcon(): Buffer {
  return draw(OUTLINE_SIZE, (c) => [255, 255, 255, Math.round(255 * c)]);
}

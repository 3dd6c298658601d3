// Line drawings on a 160×120 grid, one path per stroke style: outlines, a dotted spine, fingertip dots.
// Paths instead of circles and groups keep them to a few hundred bytes.
const head = (x: number, y: number) => `M${x + 10} ${y}a10 10 0 1 1-20 0 10 10 0 0 1 20 0`;
const back = `${head(80, 20)}M73 33v4c-14 2-27 6-31 16-4 11-4 36-3 57M87 33v4c14 2 27 6 31 16 4 11 4 36 3 57`;
const spine = 'M80 42v66';

const drawings: Record<string, [string, string?, string?]> = {
  'sit-comfortably': [
    `${head(68, 30)}M34 90V40a10 10 0 0 1 20 0v38h38a8 8 0 0 1 8 8v4H30m8 0v10m58-10v10M64 41c-3 10-2 19 2 27h44l4 32h10M66 48l8 13h16`,
  ],
  'knead-along-spine': [
    `${back}M62 92V58m-5 5 5-5 5 5m31 29V58m-5 5 5-5 5 5`,
    spine,
    'M71 96h0m18 0h0M71 80h0m18 0h0M71 64h0m18 0h0',
  ],
  'circular-motions': [
    `${back}M67 80a11 11 0 1 1-9-13m-3-4 3 4-4 3m39 10a11 11 0 1 0 9-13m3-4-3 4 4 3`,
    spine,
    'M62 74h0m36 0h0',
  ],
  'roller-or-ball': [
    `M40 8v104m-8 0h96${head(72, 20)}M58 54a8 8 0 1 1-16 0 8 8 0 0 1 16 0m-12-6c3 4 3 8 0 12m19-29c-7 6-9 14-8 21s1 16 4 24l8 36h10M79 31c4 8 5 20 3 30s-3 12-1 18l6 33h10`,
  ],
};

/** The drawing for a step, named by its text alternative; nothing for a step without one (added by content). */
export function Illustration({ id, label }: { id: string; label: string }) {
  const d = drawings[id];
  return d ? (
    <svg part="illustration" viewBox="0 0 160 120" role="img" aria-label={label}>
      <path d={d[0]} />
      {d[1] && <path class="spine" d={d[1]} />}
      {d[2] && <path class="dots" d={d[2]} />}
    </svg>
  ) : null;
}

/** Where focus goes among `count` items for a navigation key (APG: arrows wrap, Home/End jump); undefined for other keys. */
export function nextIndex(key: string, index: number, count: number, vertical = true): number | undefined {
  const forward = vertical ? 'ArrowDown' : 'ArrowRight';
  const back = vertical ? 'ArrowUp' : 'ArrowLeft';
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

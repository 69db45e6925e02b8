/** What a key does in the slide deck; pure so the mapping can be tested without a browser. */
export type DeckAction = { kind: 'go'; index: number } | { kind: 'toggle-notes' };

/**
 * Presenter keys: arrows, Page Up/Down (what clickers send), Space and Shift+Space, Home and End;
 * N shows or hides speaker notes. Returns undefined for keys the deck leaves alone.
 */
export function deckAction(key: string, shiftKey: boolean, current: number, total: number): DeckAction | undefined {
  const last = total - 1;
  const go = (index: number): DeckAction => ({ kind: 'go', index: Math.min(last, Math.max(0, index)) });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return go(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(current - 1);
    case ' ':
      return go(shiftKey ? current - 1 : current + 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(last);
    case 'n':
    case 'N':
      return { kind: 'toggle-notes' };
    default:
      return undefined;
  }
}

/** The slide a URL hash such as "#slide-3" points at, as a zero-based index; 0 when it points nowhere. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#slide-(\d+)$/u.exec(hash);
  const number = match ? Number(match[1]) : 1;
  return Math.min(total, Math.max(1, number)) - 1;
}

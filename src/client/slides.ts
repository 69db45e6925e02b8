import { deckAction, slideFromHash } from './slidesKeys';

/**
 * Runs a slide deck rendered as a list of `[data-slide]` sections: one slide on screen at a time,
 * keyboard and button navigation, speaker notes toggle, and the slide number kept in the URL so a
 * reload or a shared link opens the same slide. Printing shows every slide (see the page's CSS).
 */
export function startDeck(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const counter = deck.querySelector<HTMLElement>('[data-deck-counter]');
  const status = deck.querySelector<HTMLElement>('[data-deck-status]');
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-deck-notes]');
  const prev = deck.querySelector<HTMLButtonElement>('[data-deck-prev]');
  const next = deck.querySelector<HTMLButtonElement>('[data-deck-next]');
  let current = -1;

  const show = (index: number, announce: boolean) => {
    if (index === current) return;
    current = index;
    slides.forEach((slide, i) => slide.classList.toggle('is-current', i === index));
    const label = `Slide ${index + 1} of ${slides.length}`;
    if (counter) counter.textContent = `${index + 1} / ${slides.length}`;
    if (status && announce)
      status.textContent = `${label}: ${slides[index]?.getAttribute('aria-label')?.replace(/^\d+ of \d+: /u, '') ?? ''}`;
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === slides.length - 1;
    history.replaceState(null, '', `#slide-${index + 1}`);
  };

  const setNotes = (shown: boolean) => {
    document.body.dataset['notes'] = shown ? 'shown' : 'hidden';
    notesButton?.setAttribute('aria-pressed', String(shown));
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Space and Enter on a focused control activate it; the deck must not move a second time.
    const onControl = (event.target as Element | null)?.closest('button, a, input, select, textarea');
    if (onControl && (event.key === ' ' || event.key === 'Enter')) return;
    const action = deckAction(event.key, event.shiftKey, current, slides.length);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'go') show(action.index, true);
    else setNotes(document.body.dataset['notes'] !== 'shown');
  });
  prev?.addEventListener('click', () => show(Math.max(0, current - 1), true));
  next?.addEventListener('click', () => show(Math.min(slides.length - 1, current + 1), true));
  notesButton?.addEventListener('click', () => setNotes(document.body.dataset['notes'] !== 'shown'));
  deck.querySelector('[data-deck-print]')?.addEventListener('click', () => window.print());
  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, slides.length), true));

  setNotes(false);
  show(slideFromHash(location.hash, slides.length), false);
  deck.dataset['ready'] = 'true';
  for (const controls of deck.querySelectorAll<HTMLElement>('[data-deck-controls]')) controls.hidden = false;
}

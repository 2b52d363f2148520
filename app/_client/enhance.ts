import { ENHANCE_CLASSES } from '@/lib/site/client-classes';
import { ENHANCE_WORD_ATTRIBUTES } from '@/lib/site/client-words';
import { idOfHash, placeInView, withFragment, type PlacedElement } from '@/lib/site/place';
import { sectionSharePathUnder } from '@/lib/site/routes';
import { joinShareTitle } from '@/lib/site/share';

/**
 * Progressive enhancement for reading pages, served as /enhance.js and loaded lazily by the inline
 * loader (load-enhancement.ts). Everything here is optional: without it, links, permalinks, arrival
 * highlights (CSS :target) and the script switch all work as plain HTML.
 */

const body = document.body;
const words = {
  copy: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.copyLink) || 'Copy link',
  share: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.share) || 'Share',
  copied: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.linkCopied) || 'Link copied',
  copyFailed: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.copyFailed) || 'Could not copy',
  copyOriginal: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.copyOriginal) || 'Copy original',
  originalCopied: body.getAttribute(ENHANCE_WORD_ATTRIBUTES.originalCopied) || 'Original copied',
};

// ─── Arriving at a fragment ─────────────────────────────────────────────────────────────────

/** Replays the arrival highlight on an element, even when the hash did not change. */
function highlight(element: HTMLElement): void {
  // A :target element already runs `arrive`; only clearing the name restarts it.
  element.classList.remove(ENHANCE_CLASSES.arriving);
  element.style.animationName = 'none';
  void element.offsetWidth;
  element.style.animationName = '';
  element.classList.add(ENHANCE_CLASSES.arriving);
  element.addEventListener('animationend', function done() {
    element.classList.remove(ENHANCE_CLASSES.arriving);
    element.removeEventListener('animationend', done);
  });
}

/** Moves keyboard and screen-reader focus to the arrival target without scrolling again. */
function focusTarget(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/** A renamed id lands on its new element, and the address bar shows the new id. */
function resolveAlias(element: HTMLElement | null): HTMLElement | null {
  const target = element?.getAttribute('data-alias-of');
  if (!target) return element;
  history.replaceState(history.state, '', `#${target}`);
  const moved = document.getElementById(target);
  moved?.scrollIntoView();
  return moved;
}

function arrive(id: string, replay: boolean): void {
  const element = resolveAlias(id ? document.getElementById(id) : null);
  if (!element) return;
  if (replay) highlight(element);
  focusTarget(element);
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!link) return;
  const id = idOfHash(link.getAttribute('href') ?? '');
  // Same hash twice: the browser does not re-fire :target, so replay the highlight ourselves.
  if (`#${id}` === location.hash) arrive(id, true);
});

addEventListener('hashchange', () => arrive(idOfHash(location.hash), false));

if (location.hash) {
  const initial = document.getElementById(idOfHash(location.hash));
  const landed = resolveAlias(initial);
  if (landed && landed !== initial) highlight(landed);
  if (landed) focusTarget(landed);
}

// ─── Copy and share, beside every permalink, announced to screen readers ───────────────────

const announcer = document.createElement('div');
announcer.className = ENHANCE_CLASSES.announcer;
announcer.setAttribute('role', 'status');
announcer.setAttribute('aria-live', 'polite');
body.appendChild(announcer);

function announce(message: string): void {
  announcer.textContent = '';
  setTimeout(() => (announcer.textContent = message), 50);
}

/** The section a permalink heads (a section's permalink sits in its heading row, beside the h2), else null. */
function sectionOf(link: Element): { id: string; heading: string } | null {
  const row = link.parentElement?.classList.contains('heading-row') ? link.parentElement : null;
  const heading = row?.querySelector('h2')?.textContent;
  return heading ? { id: idOfHash(link.getAttribute('href') ?? ''), heading } : null;
}

/** The absolute URL a permalink hands out: a section's share page, else the page with the fragment. */
function urlOf(link: Element): string {
  const section = sectionOf(link);
  return location.origin + (section ? sectionSharePathUnder(location.pathname, section.id) : location.pathname + link.getAttribute('href'));
}

/** The title a share sheet shows: the section's own when it has one, else the article's. */
function titleOf(link: Element): string {
  const section = sectionOf(link);
  const title = document.querySelector('h1')?.textContent || document.title;
  return section ? joinShareTitle(section.heading, title) : title;
}

function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  return new Promise((resolve, reject) => {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    body.appendChild(field);
    field.select();
    // The fallback for pages served without a secure context, where the Clipboard API is missing.
    const ok = document.execCommand('copy');
    body.removeChild(field);
    if (ok) resolve();
    else reject(new Error('copy failed'));
  });
}

function makeButton(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

// One toolbar for the whole page, moved beside the permalink the reader points at, focuses or
// taps: 60+ copies of it would only add work to the page's first layout.
const HOSTS = '.speakers li, .paragraph, .heading-row';
const toolbar = document.createElement('div');
toolbar.className = ENHANCE_CLASSES.toolbar;
let toolbarLink: Element | null = null;
toolbar.appendChild(
  makeButton(words.copy, ENHANCE_CLASSES.copyLink, () => {
    if (toolbarLink) copyText(urlOf(toolbarLink)).then(() => announce(words.copied), () => announce(words.copyFailed));
  }),
);
// On a converted page, a paragraph the conversion changed carries its original (hidden until
// asked for): the reader who quotes it can take the source's own words.
let toolbarOriginal: Element | null = null;
const copyOriginalButton = makeButton(words.copyOriginal, ENHANCE_CLASSES.copyOriginal, () => {
  const original = toolbarOriginal?.textContent;
  if (original) copyText(original).then(() => announce(words.originalCopied), () => announce(words.copyFailed));
});
copyOriginalButton.hidden = true;
toolbar.appendChild(copyOriginalButton);
if (typeof navigator.share === 'function') {
  toolbar.appendChild(
    makeButton(words.share, ENHANCE_CLASSES.share, () => {
      if (toolbarLink) navigator.share({ title: titleOf(toolbarLink), url: urlOf(toolbarLink) }).catch(() => {});
    }),
  );
}

/** The permalink of a host: a paragraph's or heading's own, or a speaker note's quote link. */
function linkOf(host: Element): Element | null {
  return host.tagName === 'LI' ? host.querySelector('a[href^="#"]') : host.querySelector(':scope > .permalink');
}

function placeToolbar(target: EventTarget | null): void {
  const host = target instanceof Element ? target.closest(HOSTS) : null;
  const link = host && linkOf(host);
  if (!host || !link || link === toolbarLink) return;
  toolbarLink = link;
  toolbarOriginal = host.querySelector(':scope > .original');
  copyOriginalButton.hidden = toolbarOriginal === null;
  if (host.tagName === 'LI') host.appendChild(toolbar);
  else link.insertAdjacentElement('afterend', toolbar);
}

document.addEventListener('mouseover', (event) => placeToolbar(event.target));
document.addEventListener('focusin', (event) => placeToolbar(event.target));
// Whatever had focus, or the pointer, before this script arrived gets its toolbar now.
const hovered = document.querySelectorAll(':hover');
if (hovered.length > 0) placeToolbar(hovered[hovered.length - 1]!);
if (document.activeElement && document.activeElement !== body) placeToolbar(document.activeElement);

// Touch screens have no hover: a tap on a paragraph shows its actions.
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || event.target.closest('a, button')) return;
  const selection = getSelection();
  if (selection && !selection.isCollapsed) return;
  const paragraph = event.target.closest('.paragraph, .heading-row');
  for (const shown of document.querySelectorAll(`.${ENHANCE_CLASSES.showActions}`)) if (shown !== paragraph) shown.classList.remove(ENHANCE_CLASSES.showActions);
  if (!paragraph) return;
  placeToolbar(paragraph);
  paragraph.classList.toggle(ENHANCE_CLASSES.showActions);
});

// ─── The script switch keeps the reader's place in the other script ─────────────────────────
// (Remembering the choice is the inline script's job: a reader may switch before this arrived.)

/**
 * An element's id and where it sits in the viewport. In vertical reading the columns run right to
 * left in a box scrolled sideways: a column right of the view is read (above, in placeInView's
 * terms), one left of it is still to come (below).
 */
function placed(element: Element): PlacedElement {
  const { top, bottom, left, right } = element.getBoundingClientRect();
  if (right <= 0) return { id: element.id, top: innerHeight + 1, bottom: innerHeight + 2 };
  if (left >= innerWidth) return { id: element.id, top: -2, bottom: -1 };
  return { id: element.id, top, bottom };
}

/** The paragraphs and events a place can be, measured one by one as `placeInView` reads them. */
function* placeCandidates(): Generator<PlacedElement> {
  for (const element of document.querySelectorAll('.article-body p[id], .timeline li[id]')) yield placed(element);
}

const switchLink = document.querySelector('[data-script-switch]');
switchLink?.addEventListener('click', () => {
  const arrived = location.hash ? document.getElementById(idOfHash(location.hash)) : null;
  const place = placeInView({
    covered: document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0,
    scrollY,
    viewportHeight: innerHeight,
    arrived: arrived && placed(arrived),
    candidates: placeCandidates(),
  });
  switchLink.setAttribute('href', withFragment(switchLink.getAttribute('href') ?? '', place));
});

document.documentElement.setAttribute('data-enhanced', '');

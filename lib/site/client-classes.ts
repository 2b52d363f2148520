/**
 * The classes the browser code (enhance.js) puts on elements after the page has loaded. A page's
 * inline stylesheet keeps their rules though no element has them in the HTML
 * (lib/site/render/used-css.ts), so the browser code takes its class names from here.
 */
export const ENHANCE_CLASSES = {
  /** Replays the arrival highlight on an element that is already the target. */
  arriving: 'is-arriving',
  /** The live region that announces a copied link. */
  announcer: 'visually-hidden',
  /** The toolbar of copy and share buttons beside the permalink being pointed at. */
  toolbar: 'actions',
  copyLink: 'copy-link',
  copyOriginal: 'copy-original',
  share: 'share-link',
  /** A paragraph or heading whose permalink and toolbar a tap has shown. */
  showActions: 'show-actions',
} as const;

import { redirectWithFragment } from '@/lib/site/place';

/**
 * Inline on a redirect page whose target has no fragment of its own: the meta refresh cannot carry
 * the reader's `#fragment` along, so this does (`/old-slug/#p3` → `/new-slug/#p3`). The target is
 * the script element's `data-redirect-to`.
 */
const target = document.currentScript?.getAttribute('data-redirect-to');
const next = target ? redirectWithFragment(target, location.hash) : null;
if (next) location.replace(next);

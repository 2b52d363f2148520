import type { ReactNode } from 'react';
import { SITE_URL } from '@/lib/site/routes';
import { SpeculationRules } from '../_components/speculation-rules';
import { FeedLinks } from '../_components/feed-links';
import { EnhanceScript } from '../_components/enhance-script';
import { enhancementWords } from '../_lib/enhancement-words';
import { clientCode } from '../_lib/client-code';
import { SITE_ICON_URL } from '../_lib/icon';
import { SITE_VIEWPORT } from '../_lib/viewport';
import '../globals.css';

export const metadata = {
  metadataBase: new URL(SITE_URL),
  icons: { icon: SITE_ICON_URL },
};

export const viewport = SITE_VIEWPORT;

/**
 * The document for `/`: it shows the Traditional index at once and, before anything is
 * painted, sends a reader who chose (or whose browser prefers) Simplified to that script.
 */
export default function RootChooserLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hant">
      <head>
        <script data-keep="" dangerouslySetInnerHTML={{ __html: clientCode('chooseScript') }} />
      </head>
      <body {...enhancementWords('zh-hant')}>
        <FeedLinks script={'zh-hant'} />
        {children}
        <SpeculationRules />
        <EnhanceScript />
      </body>
    </html>
  );
}

import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { SCRIPTS, isScript, languageOfScript } from '@/lib/site/script';
import { SITE_URL } from '@/lib/site/routes';
import { SpeculationRules } from '../_components/speculation-rules';
import { FeedLinks } from '../_components/feed-links';
import { EnhanceScript } from '../_components/enhance-script';
import { enhancementWords } from '../_lib/enhancement-words';
import { SITE_ICON_URL } from '../_lib/icon';
import { SITE_VIEWPORT } from '../_lib/viewport';
import '../globals.css';

export const dynamicParams = false;

/** Both scripts are built; any other first segment is a 404. */
export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

export const metadata = {
  metadataBase: new URL(SITE_URL),
  icons: { icon: SITE_ICON_URL },
};

export const viewport = SITE_VIEWPORT;

/** The document shell of every reading page: the script decides `<html lang>`. */
export default async function ScriptLayout({ children, params }: { children: ReactNode; params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return (
    <html lang={languageOfScript(script)}>
      <body {...enhancementWords(script)}>
        <FeedLinks script={script} />
        {children}
        <SpeculationRules />
        <EnhanceScript />
      </body>
    </html>
  );
}

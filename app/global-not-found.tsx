import type { Metadata } from 'next';
import { SITE_NAME, uiText } from '@/lib/site/ui-text';
import { indexPath } from '@/lib/site/routes';
import { SCRIPTS, languageOfScript } from '@/lib/site/script';
import { SITE_ICON_URL } from './_lib/icon';
import { SITE_VIEWPORT } from './_lib/viewport';
import './globals.css';

export const metadata: Metadata = {
  title: `404 · ${SITE_NAME['zh-hant']}`,
  icons: { icon: SITE_ICON_URL },
};

export const viewport = SITE_VIEWPORT;

/** One 404 document for every unknown URL, in both scripts since a static host cannot tell which was wanted. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hant">
      <body>
        <main id="main" className="not-found">
          {SCRIPTS.map((script) => {
            const text = uiText(script);
            return (
              <section key={script} lang={languageOfScript(script)} aria-labelledby={`not-found-${script}`}>
                <h1 id={`not-found-${script}`}>{text.notFoundTitle}</h1>
                <p>{text.notFoundBody}</p>
                <p>
                  <a href={indexPath(script)}>
                    {text.backToIndex}（{SITE_NAME[script]}）
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}

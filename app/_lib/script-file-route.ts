import { SCRIPTS, isScript, type Script } from '@/lib/site/script';

/**
 * A static file per script (`/zh-hant/feed.xml`, `/zh-hans/feed.xml`): the params and the GET
 * handler of a route handler, from one function that renders the file's text.
 */
export function scriptFileRoute(render: (script: Script) => string, contentType: string) {
  return {
    generateStaticParams: () => SCRIPTS.map((script) => ({ script })),
    GET: async (_request: Request, { params }: { params: Promise<{ script: string }> }) => {
      const { script } = await params;
      if (!isScript(script)) return new Response('Not found', { status: 404 });
      return new Response(render(script), { headers: { 'content-type': contentType } });
    },
  };
}

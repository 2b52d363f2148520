import { loadArticles } from '@/lib/content/load-articles';
import { personData } from '@/lib/site/open-data';
import { archivePeople } from '../../../_lib/people';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One JSON file per named speaker, named `<key>.json`. */
export function generateStaticParams() {
  return archivePeople().map((person) => ({ file: `${person.key}.json` }));
}

/** A person's quotes, each with its article, paragraph, role and words in the original script. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = decodeURIComponent(file);
  const person = archivePeople().find((candidate) => `${candidate.key}.json` === name);
  if (!person) return new Response('Not found', { status: 404 });
  return Response.json(personData(person, loadArticles()));
}

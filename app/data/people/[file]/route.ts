import { loadArticles } from '@/lib/content/load-articles';
import { personData } from '@/lib/site/open-data';
import { keepSelected, personDataPath } from '@/lib/site/routes';
import { archivePeople, findPerson } from '../../../_lib/people';
import { selectedKeys } from '../../../_lib/page-selection';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One JSON file per named speaker, named `<key>.json` (in an incremental build, those the build selected). */
export function generateStaticParams() {
  return keepSelected(archivePeople(), (person) => personDataPath(person.key), selectedKeys()).map((person) => ({ file: `${person.key}.json` }));
}

/** A person's quotes, each with its article, paragraph, role and words in the original script. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = decodeURIComponent(file);
  const person = name.endsWith('.json') ? findPerson(name.slice(0, -'.json'.length)) : undefined;
  if (!person) return new Response('Not found', { status: 404 });
  return Response.json(personData(person, loadArticles()));
}

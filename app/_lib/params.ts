import { notFound } from 'next/navigation';
import { isScript, type Script } from '@/lib/site/script';

/** Resolves a route's `script` param, or 404s. */
export async function scriptParam(params: Promise<{ script: string }>): Promise<Script> {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return script;
}

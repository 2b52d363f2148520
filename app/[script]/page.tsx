import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isScript, type Script } from '@/lib/script';
import { ArchivePage, archivePageMetadata } from './_components/archive-page';

type Props = { params: Promise<{ script: string }> };

/** Resolves the script param, or 404s. */
async function scriptOf(props: Props): Promise<Script> {
  const { script } = await props.params;
  if (!isScript(script)) notFound();
  return script;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return archivePageMetadata(await scriptOf(props), 1);
}

/** The archive index: the first page of every article, newest first. */
export default async function ArchiveIndex(props: Props) {
  return <ArchivePage script={await scriptOf(props)} page={1} />;
}

import type { Metadata } from 'next';
import { scriptParam } from '../_lib/params';
import { ArchivePage, archivePageMetadata } from './_components/archive-page';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return archivePageMetadata(await scriptParam(props.params), 1);
}

/** The archive index: the first page of every article, newest first. */
export default async function ArchiveIndex(props: Props) {
  return <ArchivePage script={await scriptParam(props.params)} page={1} />;
}

import type { Metadata } from 'next';
import ArchiveIndex, { generateMetadata as indexMetadata } from '../[script]/page';

const params = Promise.resolve({ script: 'zh-hant' });

/** `/` carries the Traditional index's metadata; its canonical is `/zh-hant/`. */
export async function generateMetadata(): Promise<Metadata> {
  return indexMetadata({ params });
}

/** `/` is the Traditional index, so a first-time Traditional reader needs no redirect. */
export default function RootPage() {
  return <ArchiveIndex params={params} />;
}

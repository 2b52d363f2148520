import type { NamedSpeaker } from './name-shape';

/**
 * A name tag heading a first-person account, as features of many voices set them (小羊 | 18岁 网络编辑,
 * 白小小丨22岁 商务): the account below is that person's, and 我 in it is them (LABELS.md).
 */
const NAME_TAG = /^\s*([\p{Script=Han}A-Za-z]{1,8})\s*[|丨｜]\s*(\d{1,3}\s*[岁歲][^，,。！？!?“”「」]{0,30})\s*$/u;

/** The person a name-tag paragraph names, with the tag's description as the role; null for any other paragraph. */
export function findNameTag(text: string): NamedSpeaker | null {
  const match = NAME_TAG.exec(text);
  return match?.[1] === undefined ? null : { speaker: match[1], role: match[2]?.trim() ?? null };
}

/** The narrator of the account a paragraph belongs to: the name tag nearest above it (or it), if any. */
export function narratorAt(texts: readonly string[], index: number): NamedSpeaker | null {
  for (let at = index; at >= 0; at -= 1) {
    const tag = findNameTag(texts[at] ?? '');
    if (tag !== null) return tag;
  }
  return null;
}

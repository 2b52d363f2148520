import { trimSpeakerPhrase } from './clause';
import { isPersonalName, splitSpeakerRole, SURNAME_AND_HONORIFIC, type NamedSpeaker } from './name-shape';

/**
 * A name tag heading a first-person account, as features of many voices set them (小羊 | 18岁 网络编辑,
 * 白小小丨22岁 商务): the account below is that person's, and 我 in it is them (LABELS.md).
 */
const NAME_TAG = /^\s*([\p{Script=Han}A-Za-z]{1,8})\s*[|丨｜]\s*(\d{1,3}\s*[岁歲][^，,。！？!?“”「」]{0,30})\s*$/u;

/** The person a name-tag paragraph names, with the tag's description as the role; null for any other paragraph. */
export function findNameTag(text: string): NamedSpeaker | null {
  const match = NAME_TAG.exec(text);
  if (match?.[1] !== undefined) return { speaker: match[1], role: match[2]?.trim() ?? null };
  const slashed = SLASHED_NAME_TAG.exec(text);
  return slashed?.[1] === undefined ? null : { speaker: slashed[1], role: slashed[2]?.trim() ?? null };
}

/** A name tag parted by slashes, as Taiwan features set them (慧美／台中／醫院清潔工): a given name, then where and what they do; not a byline (記者／台北報導, 撰文／王小明). */
const SLASHED_NAME_TAG = /^\s*(?!(?:記者|记者|撰文|文字|攝影|摄影|編輯|编辑|整理|責編|责编|作者|來源|来源|圖片|图片|報導|报导|報道|报道)\s*[／/])(\p{Script=Han}{2,4})\s*[／/]\s*([^，,。！？!?“”「」『』]{2,30}?)\s*$/u;

/** The narrator of the account a paragraph belongs to: the name tag nearest above it (or it), if any. */
export function narratorAt(texts: readonly string[], index: number): NamedSpeaker | null {
  for (let at = index; at >= 0; at -= 1) {
    const tag = findNameTag(texts[at] ?? '');
    if (tag !== null) return tag;
  }
  return null;
}

/** A person addressed by surname and honorific, then a note in brackets and perhaps their work (劉小姐（私樓住戶）從事會計). */
const NOTED_PERSON_CAPTION = /^\s*(\p{Script=Han}{2,3})\s*[（(]([^（）()，,。]{1,15})[）)][^，,。！？!?；;：:“”「」『』]{0,15}$/u;

/**
 * A caption naming one person above their words, as boxes of voices in Hong Kong and Taiwan papers set it: a line of
 * nothing but a role and a name (股評人陳永陸, 城大教授曾淵滄) or a person with a note (黃女士（公屋住戶）從事清潔), perhaps closed by a
 * colon (梁女士（家庭主婦）：). The paragraph of words right below is theirs. Null for any other paragraph, and for a line with
 * punctuation of a sentence in it.
 */
export function findCaptionedPerson(text: string): NamedSpeaker | null {
  const line = text.trim().replace(/\s*[：:]$/u, '');
  if (line.length < 3 || line.length > 40) return null;
  const noted = NOTED_PERSON_CAPTION.exec(line);
  if (noted?.[1] !== undefined && (SURNAME_AND_HONORIFIC.test(noted[1]) || isPersonalName(noted[1]))) return { speaker: noted[1], role: noted[2] ?? null };
  if (/[，,。！？!?；;：:“”「」『』、（）()]/u.test(line)) return null;
  const phrase = trimSpeakerPhrase(line);
  if (phrase !== line) return null;
  const named = splitSpeakerRole(phrase);
  return named.role !== null && isPersonalName(named.speaker) ? named : null;
}

/** Where the site layer and older callers find the speaker helpers: they live in speakers/. */
export { isBareTitle, isNameShaped, isPlausibleSpeaker, nameBeforePseudonym, splitSpeakerRole, type NamedSpeaker } from './speakers/name-shape';
export { isUnnamedSource } from './speakers/anonymous';
export { isLaterMention, personBySurname, resolveDescription } from './speakers/coreference';

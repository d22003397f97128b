import { isPrintable, readFlag, readScalar, toFiniteNumber } from './read';
import type { Codec, Dropped } from './types';

export interface PresentState {
  present: boolean;
  /** Story id, checked against the data file by pruneToGraph. */
  story: string | null;
  /** 1-based step number; default 1. */
  step: number;
  /** Seconds per step when playing by itself; null = no autoplay. */
  autoplay: number | null;
}

/** A positive whole number within the safe integer range. */
export function toStep(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const step = Number(text);
  return Number.isSafeInteger(step) && step >= 1 ? step : null;
}

/** A positive finite number of seconds, decimals allowed (`7.5`). */
export function toSeconds(text: string): number | null {
  const seconds = toFiniteNumber(text);
  return seconds !== null && seconds > 0 ? seconds : null;
}

/** `present` (`1`), `story` (id), `step` (1-based whole number), `autoplay` (seconds > 0). */
export const presentCodec: Codec<PresentState> = {
  params: ['present', 'story', 'step', 'autoplay'],
  defaults: () => ({ present: false, story: null, step: 1, autoplay: null }),
  parse(params) {
    const dropped: Dropped[] = [];
    const present = readFlag(params, 'present', dropped);
    let story = readScalar(params, 'story', dropped);
    if (story !== null && !isPrintable(story)) {
      dropped.push({ param: 'story', value: story });
      story = null;
    }
    const stepText = readScalar(params, 'step', dropped);
    const step = stepText === null ? null : toStep(stepText);
    if (stepText !== null && step === null) dropped.push({ param: 'step', value: stepText });
    const autoplayText = readScalar(params, 'autoplay', dropped);
    const autoplay = autoplayText === null ? null : toSeconds(autoplayText);
    if (autoplayText !== null && autoplay === null) dropped.push({ param: 'autoplay', value: autoplayText });
    return { value: { present, story, step: step ?? 1, autoplay }, dropped };
  },
  serialize(value) {
    const pairs: Array<[string, string]> = [];
    if (value.present) pairs.push(['present', '1']);
    if (value.story !== null && value.story !== '') pairs.push(['story', value.story]);
    if (value.step !== 1) pairs.push(['step', String(value.step)]);
    if (value.autoplay !== null) pairs.push(['autoplay', String(value.autoplay)]);
    return pairs;
  },
};

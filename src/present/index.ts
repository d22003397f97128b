export * from './stories';
export * from './timeline';
export * from './keys';
export * from './format';
export * from './fullscreen';
export * from './presenterChannel';
export { usePresentationKeys } from './usePresentationKeys';
export { useAutoplay, autoplayNext, autoplayResumeDelay, type Autoplay, type AutoplayPause } from './useAutoplay';
export { useSharedPresenterSync, usePresenterWindowSync, type PresenterFollow } from './usePresenterSync';

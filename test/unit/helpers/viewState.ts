import type { ViewState } from '../../../src/url-state';
import { defaultViewState } from '../../../src/url-state';

/** The default view with some concerns replaced. */
export function withState(patch: Partial<ViewState>): ViewState {
  return { ...defaultViewState(), ...patch };
}

// Which panel or dialog is open, as one reducer: opening one decides what it closes.

export type Dialog = 'about' | 'share';
/** Panels beside or over the map that the reader opens and closes. */
export type Panel = 'stories' | 'timeline' | 'filters';

export interface OpenPanels {
  /** A modal dialog, at most one. */
  dialog: Dialog | null;
  /** The story editor, in the side column (the actor panel waits behind it). */
  stories: boolean;
  timeline: boolean;
  /** The filters as a sheet (a phone, an embed); where there is room they are a sidebar anyway. */
  filters: boolean;
}

export type PanelAction =
  { type: 'open-dialog'; dialog: Dialog } | { type: 'close-dialog' } | { type: 'toggle'; panel: Panel } | { type: 'close'; panel: Panel };

export const ALL_CLOSED: OpenPanels = { dialog: null, stories: false, timeline: false, filters: false };

export function panelsReducer(state: OpenPanels, action: PanelAction): OpenPanels {
  switch (action.type) {
    case 'open-dialog':
      return { ...state, dialog: action.dialog };
    case 'close-dialog':
      return state.dialog === null ? state : { ...state, dialog: null };
    case 'toggle':
      return { ...state, [action.panel]: !state[action.panel] };
    case 'close':
      return state[action.panel] ? { ...state, [action.panel]: false } : state;
  }
}

import type { Camera } from '../url-state';

/** How long after a pointer, wheel, touch or key event a camera move counts as the reader's. */
export const USER_GESTURE_MS = 600;
/** A gesture's camera is reported once it has been still this long. */
export const CAMERA_REPORT_DELAY_MS = 250;

interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

const windowClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/**
 * Decides which camera moves reach the URL. The reader's gestures are reported once still; the
 * app's own moves (zoom buttons, centring, fit) report when their animation ends — unless a later
 * move replaced them: the end of an interrupted animation must not outlive the command that
 * interrupted it (a zoom finishing after Fit would put a camera back in the URL Fit cleared).
 */
export class CameraReports {
  private move = 0;
  private gestureUntil = 0;
  private timer: number | undefined;

  constructor(
    private readonly read: () => Camera,
    private readonly report: (camera: Camera | null) => void,
    private readonly clock: Clock = windowClock,
  ) {}

  /** The reader touched the map (pointer, wheel, touch, key): the moves that follow are theirs. */
  gesture(): void {
    this.gestureUntil = this.clock.now() + USER_GESTURE_MS;
  }

  /** The renderer says the camera moved. */
  viewChanged(): void {
    if (this.clock.now() > this.gestureUntil) return; // the app's own moves are reported by their commands
    const move = ++this.move;
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      if (move === this.move) this.report(this.read());
    }, CAMERA_REPORT_DELAY_MS);
  }

  /**
   * The app starts a camera move of its own. Returns what to call when its animation ends: it
   * reports the camera then, if no later move (a command or a gesture) has replaced this one.
   */
  command(): () => void {
    const move = this.begin();
    return () => {
      if (move === this.move) this.report(this.read());
    };
  }

  /** The app frames the map again (Fit): the URL holds no camera, whatever was under way. */
  cleared(): void {
    this.begin();
    this.report(null);
  }

  /** A move that reports nothing (framing on a new focus, whose URL change cleared the camera). */
  silent(): void {
    this.begin();
  }

  dispose(): void {
    this.begin();
  }

  /** A move of the app's own begins: it ends the reader's gesture, so its animation is not taken for one. */
  private begin(): number {
    this.gestureUntil = 0;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    return ++this.move;
  }
}

import { describe, expect, it } from 'vitest';
import { CameraReports, CAMERA_REPORT_DELAY_MS, USER_GESTURE_MS } from '../../src/map/cameraReports';
import type { Camera } from '../../src/url-state';

/** A clock the test moves by hand, and a camera the test sets. */
function setUp() {
  let now = 1_000;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const reported: (Camera | null)[] = [];
  let camera: Camera = { x: 0, y: 0, zoom: 1 };
  const reports = new CameraReports(
    () => camera,
    (next) => reported.push(next),
    {
      now: () => now,
      setTimeout: (run, ms) => {
        timers.set(nextId, { at: now + ms, run });
        return nextId++;
      },
      clearTimeout: (id) => {
        if (id !== undefined) timers.delete(id);
      },
    },
  );
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.run();
      }
    }
  };
  return { reports, reported, advance, setCamera: (next: Camera) => (camera = next) };
}

describe('camera reports', () => {
  it("reports the reader's gesture once the camera is still", () => {
    const { reports, reported, advance, setCamera } = setUp();
    reports.gesture();
    setCamera({ x: 10, y: 0, zoom: 1 });
    reports.viewChanged();
    advance(CAMERA_REPORT_DELAY_MS - 10);
    setCamera({ x: 20, y: 0, zoom: 1 });
    reports.viewChanged();
    expect(reported).toEqual([]);
    advance(CAMERA_REPORT_DELAY_MS);
    expect(reported).toEqual([{ x: 20, y: 0, zoom: 1 }]);
  });

  it('does not report moves outside a gesture (the app reports its own)', () => {
    const { reports, reported, advance } = setUp();
    reports.gesture();
    advance(USER_GESTURE_MS + 1);
    reports.viewChanged();
    advance(CAMERA_REPORT_DELAY_MS * 2);
    expect(reported).toEqual([]);
  });

  it('a zoom animation that ends after Fit does not bring its camera back', () => {
    const { reports, reported, setCamera } = setUp();
    const firstZoomDone = reports.command();
    const secondZoomDone = reports.command();
    reports.cleared();
    setCamera({ x: 200.3, y: 1.3, zoom: 1.1 });
    firstZoomDone();
    secondZoomDone();
    expect(reported).toEqual([null]);
  });

  it('the last command reports the camera where its animation ends', () => {
    const { reports, reported, setCamera } = setUp();
    const interrupted = reports.command();
    const latest = reports.command();
    interrupted();
    setCamera({ x: 5, y: 6, zoom: 1.69 });
    latest();
    expect(reported).toEqual([{ x: 5, y: 6, zoom: 1.69 }]);
  });

  it("Fit ends a pending gesture report, and its own animation is not taken for the reader's", () => {
    const { reports, reported, advance } = setUp();
    reports.gesture();
    reports.viewChanged();
    reports.cleared();
    reports.viewChanged(); // Fit's animation, within what was the gesture's window
    advance(CAMERA_REPORT_DELAY_MS * 2);
    expect(reported).toEqual([null]);
  });

  it('a gesture during a command replaces it', () => {
    const { reports, reported, advance, setCamera } = setUp();
    const zoomDone = reports.command();
    reports.gesture();
    setCamera({ x: 1, y: 2, zoom: 3 });
    reports.viewChanged();
    zoomDone();
    expect(reported).toEqual([]);
    advance(CAMERA_REPORT_DELAY_MS);
    expect(reported).toEqual([{ x: 1, y: 2, zoom: 3 }]);
  });
});

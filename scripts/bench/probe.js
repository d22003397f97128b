// Injected by `npm run bench` into every page before its own scripts (page.addInitScript). Plain
// JavaScript, no imports: it records, on window.__bench,
// - readyAt: when window.allianceMap.ready resolved (the app), or when a reference page drew;
// - longTasks: every main-thread task over 50 ms (PerformanceObserver 'longtask');
// - longFrames: every animation frame over 50 ms ('long-animation-frame'), with its longest script
//   that is not an animation frame callback (not drawing);
// - workerStart / workerEnd: when the layout's Web Worker was created and terminated (the first
//   one: a re-arrangement starts another; the load worker that validates large files is not counted);
// - intervals: while recording, the time between successive animation frames.
(() => {
  const bench = {
    readyAt: null,
    longTasks: [],
    longFrames: [],
    workerStart: null,
    workerEnd: null,
    intervals: [],
    recording: false,
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API: longest task stays unknown */
  }

  // Long animation frames, to split a long task between drawing and the rest: the renderers draw
  // in animation frame callbacks (sigma's and Cytoscape's render), then the browser renders;
  // every other script (messages from the layout worker, React's work, events) is the rest.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        let longestOther = 0;
        for (const script of entry.scripts ?? []) {
          if (script.invoker !== 'FrameRequestCallback') longestOther = Math.max(longestOther, script.duration);
        }
        bench.longFrames.push({ start: entry.startTime, duration: entry.duration, longestOther });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no long animation frame API: the split stays unknown */
  }

  const watchReady = () => {
    const handle = window.allianceMap;
    if (handle && handle.ready) {
      handle.ready.then(() => {
        if (bench.readyAt === null) bench.readyAt = performance.now();
      });
    } else if (bench.readyAt === null) {
      setTimeout(watchReady, 2);
    }
  };
  watchReady();

  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class BenchWorker extends NativeWorker {
      constructor(...args) {
        super(...args);
        this.isLayout = String(args[0]).includes('layout.worker');
        if (this.isLayout && bench.workerStart === null) bench.workerStart = performance.now();
      }
      terminate() {
        if (this.isLayout && bench.workerEnd === null) bench.workerEnd = performance.now();
        super.terminate();
      }
    };
  }

  // Frame intervals while recording (the harness measures main-thread time per step through CDP).
  let lastFrame = null;
  const tick = (time) => {
    if (!bench.recording) return;
    if (lastFrame !== null) bench.intervals.push(time - lastFrame);
    lastFrame = time;
    requestAnimationFrame(tick);
  };
  bench.startRecording = () => {
    bench.intervals = [];
    bench.recording = true;
    lastFrame = null;
    requestAnimationFrame(tick);
  };
  bench.stopRecording = () => {
    bench.recording = false;
    return bench.intervals;
  };
})();

/**
 * Runs `step(0)` to `step(steps - 1)`, each in a task of its own (the page answers between them),
 * then `done()` in the last step's task. Returns a cancel that stops what has not run yet.
 */
export function inTasks(steps: number, step: (index: number) => void, done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (index: number) => {
    if (index < steps) step(index);
    if (index + 1 < steps) timer = setTimeout(() => run(index + 1), 0);
    else done();
  };
  timer = setTimeout(() => run(0), 0);
  return () => clearTimeout(timer);
}

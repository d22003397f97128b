import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTasks } from './inTasks';

describe('inTasks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs each step in a task of its own, then done in the last one', () => {
    const ran: string[] = [];
    inTasks(
      3,
      (index) => ran.push(`step ${index}`),
      () => ran.push('done'),
    );
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['step 0']);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['step 0', 'step 1', 'step 2', 'done']);
  });

  it('with no step, is done in one task', () => {
    const done = vi.fn();
    inTasks(0, () => undefined, done);
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(done).toHaveBeenCalledOnce();
  });

  it('runs nothing more once cancelled', () => {
    const step = vi.fn();
    const done = vi.fn();
    const cancel = inTasks(3, step, done);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(step).toHaveBeenCalledTimes(1);
    expect(done).not.toHaveBeenCalled();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendStatus } from '../../src-preload/contract.ts';
import { ConnectivityMonitor } from '../../src-main/services/connectivity-monitor.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('ConnectivityMonitor', () => {
  it('announces only changes, and probes while unreachable until the server answers', async () => {
    vi.useFakeTimers();
    const changes: BackendStatus[] = [];
    const answers = [false, false, true];
    const probe = vi.fn(async () => answers.shift() ?? true);
    const monitor = new ConnectivityMonitor({ probe, onChange: (status) => changes.push(status), probeIntervalMs: 1000 });

    monitor.report(true);
    expect(changes).toEqual([]);
    monitor.report(false);
    monitor.report(false);
    expect(changes).toEqual([{ reachable: false }]);

    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(changes).toEqual([{ reachable: false }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(changes).toEqual([{ reachable: false }, { reachable: true }]);
    expect(probe).toHaveBeenCalledTimes(3);

    await vi.advanceTimersByTimeAsync(5000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('stops probing once stopped', async () => {
    vi.useFakeTimers();
    const probe = vi.fn(async () => false);
    const monitor = new ConnectivityMonitor({ probe, onChange: () => {}, probeIntervalMs: 1000 });
    monitor.report(false);
    monitor.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(probe).not.toHaveBeenCalled();
  });
});

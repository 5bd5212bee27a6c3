import type { BridgeError, Result } from '../../../src-preload/contract.ts';
import type { RequestGuard } from './request-guard.ts';

/** Where one account action keeps its busy flag, and the guard its answers pass. */
export interface ActionSlot {
  isBusy(): boolean;
  setBusy(busy: boolean): void;
  answers: RequestGuard;
}

/**
 * Runs one account action: once at a time, busy while it runs, its answer applied only if it is
 * still the signed-in person's. Resolves to its failure, or null on success, so a form can put the
 * failure next to the right field (the failure is the form's to keep).
 */
export async function runAction<T>(
  slot: ActionSlot,
  invoke: () => Promise<Result<T>>,
  onSuccess: (value: T) => void,
  onFailure?: (error: BridgeError) => void,
): Promise<BridgeError | null> {
  if (slot.isBusy()) return null;
  const current = slot.answers.begin();
  slot.setBusy(true);
  const result = await invoke();
  if (!current()) return result.ok ? null : result.error;
  slot.setBusy(false);
  if (result.ok) onSuccess(result.value);
  else onFailure?.(result.error);
  return result.ok ? null : result.error;
}

/**
 * `runAction` for an action whose value only the form may hold (a secret or codes shown once,
 * never kept in a store): its result, or null when it did not run (one was running) or its answer
 * is no longer the signed-in person's.
 */
export async function runActionForValue<T>(
  slot: ActionSlot,
  invoke: () => Promise<Result<T>>,
  onSuccess?: (value: T) => void,
): Promise<Result<T> | null> {
  let answer: Result<T> | null = null;
  const error = await runAction(slot, invoke, (value) => {
    answer = { ok: true, value };
    onSuccess?.(value);
  });
  return error ? { ok: false, error } : answer;
}

import type { BitrixIdApi } from '../../../src-preload/bridge-api.ts';
import type { EventName, Events, Result } from '../../../src-preload/contract.ts';
import { bitrixId, call } from '../bridge/bitrix-id.ts';

/**
 * Follows one of main's events and asks main for the same value now. The answer is taken only if
 * no event came while it was on its way (an event is newer) and `stillWanted` says it is. Returns
 * the unsubscribe.
 */
export function followAndAsk<E extends EventName>(
  event: E,
  ask: (api: BitrixIdApi) => Promise<Result<Events[E]>>,
  take: (value: Events[E]) => void,
  stillWanted: () => boolean,
): () => void {
  let heard = false;
  const unsubscribe = bitrixId().on(event, (value) => {
    heard = true;
    take(value);
  });
  void call(ask).then((result) => {
    if (result.ok && !heard && stillWanted()) take(result.value);
  });
  return unsubscribe;
}

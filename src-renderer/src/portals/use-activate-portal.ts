import { useEffect, useEffectEvent } from 'react';
import type { Portal } from '../../../src-preload/contract.ts';
import { bitrixId } from '../bridge/bitrix-id.ts';

/**
 * Bitrix24 mode: main asks to show a portal (the Network's page opened it). It is listed (if it was
 * not) and shown.
 */
export function useActivatePortal(enabled: boolean, activate: (portal: Portal) => void): void {
  const onActivate = useEffectEvent(activate);
  useEffect(() => {
    if (!enabled) return;
    return bitrixId().on('portals.activate', ({ portal }) => onActivate(portal));
  }, [enabled]);
}

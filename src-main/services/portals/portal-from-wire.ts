import type { Portal } from '../../../src-preload/contract.ts';
import type { PortalWire } from '../../api/wire-schemas.ts';

/**
 * A portal as the bridge carries it and the cache keeps it, copied field by field so nothing else
 * the server sends passes.
 */
export const toPortal = (wire: PortalWire): Portal => ({
  id: wire.id,
  title: wire.title,
  domain: wire.domain,
  role: wire.role,
  login: wire.login,
  status: wire.status,
});

import type { LinkedPortalsNotice, Portal, PortalCreationQuota, PortalNameCheck, PortalZone } from '../../src-preload/contract.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import {
  createdPortal,
  linkedPortalsNotice,
  portalCreationQuota,
  portalNameAvailability,
  portalSsoLink,
  portalsPage,
  portalZones,
  suggestedPortalName,
  type PortalsPage,
  type PortalWire,
} from './wire-schemas.ts';

/** The person's portals: the list by pages, one-time sign-in links, and creating one. */
export const portalsApi = {
  page: (api: ApiClient, cursor: string | null, limit: number): Promise<ApiResult<PortalsPage>> =>
    api.call({
      method: 'GET',
      path: '/portals',
      query: { limit, cursor: cursor ?? undefined },
      authenticated: true,
      response: portalsPage,
    }),

  /** A one-time sign-in link to the portal: single use, valid for a minute. */
  ssoLink: (api: ApiClient, portalId: string) =>
    api.call({ method: 'POST', path: `/portals/${encodeURIComponent(portalId)}/sso`, authenticated: true, response: portalSsoLink }),

  linkedNotice: (api: ApiClient) =>
    api.call({ method: 'GET', path: '/me/linked-portals-notice', authenticated: true, response: linkedPortalsNotice }),

  zones: (api: ApiClient) => api.call({ method: 'GET', path: '/portals/zones', authenticated: false, response: portalZones }),

  suggestName: (api: ApiClient, zone: string) =>
    api.call({ method: 'GET', path: '/portals/suggested-name', query: { zone }, authenticated: false, response: suggestedPortalName }),

  availability: (api: ApiClient, name: string, zone: string) =>
    api.call({
      method: 'GET',
      path: '/portals/availability',
      query: { name, zone },
      authenticated: false,
      response: portalNameAvailability,
    }),

  /** How many more portals the person may create. */
  creationQuota: (api: ApiClient) =>
    api.call({ method: 'GET', path: '/portals/creation-quota', authenticated: true, response: portalCreationQuota }),

  /** `title` left out (or empty): the server names the portal after `name`. */
  create: (api: ApiClient, request: { name: string; zone: string; title?: string }) =>
    api.call({ method: 'POST', path: '/portals', body: request, authenticated: true, response: createdPortal }),
};

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

export const toLinkedPortalsNotice = (notice: { newly_linked: Array<{ id: string; title: string; domain: string }> }): LinkedPortalsNotice => ({
  newlyLinked: notice.newly_linked.map((portal) => ({ id: portal.id, title: portal.title, domain: portal.domain })),
});

export const toCreationQuota = (quota: { max: number; remaining: number }): PortalCreationQuota => ({
  max: quota.max,
  remaining: quota.remaining,
});

export const toPortalZones = (zones: { items: Array<{ zone: string; domain_suffix: string }> }): PortalZone[] =>
  zones.items.map((zone) => ({ zone: zone.zone, domainSuffix: zone.domain_suffix }));

export const toSuggestedName = (suggested: { name: string; domain: string }): { name: string; domain: string } => ({
  name: suggested.name,
  domain: suggested.domain,
});

export const toNameCheck = (check: { available: boolean; reason?: 'invalid' | 'taken' | undefined }): PortalNameCheck => ({
  available: check.available,
  ...(check.reason ? { reason: check.reason } : {}),
});

import type { ServerHealth } from '../../src-preload/contract.ts';
import type { ApiClient } from './api-client.ts';
import { healthResponse } from './wire-schemas.ts';

export const serverApi = {
  health: (api: ApiClient) => api.call({ method: 'GET', path: '/health', authenticated: false, response: healthResponse }),
};

export const toServerHealth = (health: { name: string; version: string }): ServerHealth => ({ name: health.name, version: health.version });

/** QR sign-in's calls (RFC 8628): start a request, poll it with the device code grant, approve one. */
import { z } from 'zod';
import type { ApiClient, ApiResult } from './api-client.ts';
import { tokenResponse, type TokenResponse } from './wire-schemas.ts';

export const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';

const deviceAuthorizationResponse = z.object({
  device_code: z.string().min(1).max(2048),
  user_code: z.string().min(1).max(64),
  verification_uri_complete: z.string().min(1).max(2048),
  expires_in: z.number().int().positive(),
  // RFC 8628 §3.2: 5 seconds when the server does not say.
  interval: z.number().int().positive().default(5),
});
type DeviceAuthorizationResponse = z.infer<typeof deviceAuthorizationResponse>;

const qrApprovalResponse = z.object({ device_name: z.string().max(200) });
type QrApprovalResponse = z.infer<typeof qrApprovalResponse>;

export const qrSignInApi = {
  startDeviceAuthorization: (api: ApiClient, deviceName: string): Promise<ApiResult<DeviceAuthorizationResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/device',
      form: { device_name: deviceName },
      authenticated: false,
      response: deviceAuthorizationResponse,
    }),

  deviceCodeGrant: (api: ApiClient, deviceCode: string): Promise<ApiResult<TokenResponse>> =>
    api.call({
      method: 'POST',
      path: '/auth/token',
      form: { grant_type: DEVICE_CODE_GRANT_TYPE, device_code: deviceCode },
      authenticated: false,
      response: tokenResponse,
    }),

  approve: (api: ApiClient, userCode: string): Promise<ApiResult<QrApprovalResponse>> =>
    api.call({
      method: 'POST',
      path: '/me/qr-approve',
      body: { user_code: userCode },
      authenticated: true,
      response: qrApprovalResponse,
    }),
};

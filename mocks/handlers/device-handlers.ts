/**
 * QR sign-in (RFC 8628): POST /auth/device starts a request, the device_code grant of POST
 * /auth/token polls it, GET /qr is the page the QR code's link opens in a plain browser, POST
 * /me/qr-approve is what a signed-in phone does, and POST /__mock/qr-approve lets a tester play it.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { UNKNOWN_DEVICE_NAME } from '../backend/account-views.ts';
import type { AccountGone } from '../backend/backend-context.ts';
import { normaliseUserCode, shownUserCode, type DeviceApproval } from '../backend/device-authorization.ts';
import { escapeHtml } from '../backend/html-escape.ts';
import type { MockBackend } from '../backend/mock-backend.ts';
import { apiError, rateLimited } from './api-responses.ts';
import { authenticateRequest } from './bearer-auth.ts';
import { htmlPage } from './html-responses.ts';
import { deviceNameField, loginField, parseFields, readRequest, tokenField } from './request-validation.ts';
import { oauthEndpoint, tokenResponse } from './token-endpoint.ts';

export const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
const QR_PAGE_PATH = '/qr';
export const QR_PAGE_TEXT = 'Open the Bitrix24 app on a phone where you are signed in to approve';

const deviceAuthorizationSchema = z.object({
  // A public client (RFC 8628 §3.1): accepted, not checked.
  client_id: z.string().max(255).optional(),
  device_name: deviceNameField,
});

const deviceCodeGrantSchema = z.object({ device_code: tokenField });

const approveSchema = z.object({ user_code: z.string().trim().min(1).max(64) });

const testingApproveSchema = z.object({ login: loginField });

const POLL_ERRORS = {
  authorization_pending: 'The sign-in request has not been approved yet.',
  slow_down: 'Polling too often: wait longer between requests.',
  expired_token: 'The sign-in request has expired.',
  invalid_grant: 'The device code is invalid or already used.',
} as const;

/** One poll of the waiting app (RFC 8628 §3.4, §3.5): every error is a 400. */
export function deviceCodeGrant(backend: MockBackend, body: Record<string, unknown>): Response {
  const fields = parseFields(deviceCodeGrantSchema, body);
  if (fields instanceof Response) return fields;
  const outcome = backend.pollDeviceAuthorization(fields.device_code);
  return outcome.ok ? tokenResponse(outcome.tokens) : apiError(400, outcome.error, POLL_ERRORS[outcome.error]);
}

function approvalResponse(outcome: DeviceApproval | AccountGone): Response {
  if (outcome.ok) return HttpResponse.json({ device_name: outcome.deviceName ?? UNKNOWN_DEVICE_NAME });
  switch (outcome.error) {
    case 'not_found':
      // Also when the approving account is gone: either way nothing was approved.
      return apiError(404, 'not_found', 'No sign-in request has this code.');
    case 'expired_token':
      return apiError(410, 'expired_token', 'This sign-in request has expired.');
    case 'already_approved':
      return apiError(409, 'already_approved', 'This sign-in request was already approved.');
    case 'rate_limited':
      return rateLimited('Too many wrong sign-in codes. Try again later.', outcome.retryAfterSeconds);
  }
}

/** A page for whoever opens the link in a browser: no script, nothing to click, just what to do. */
function qrPage(code: string | null): Response {
  const normalised = code === null ? null : normaliseUserCode(code);
  const shown = normalised === null ? '' : `<p>Code: <strong>${escapeHtml(shownUserCode(normalised))}</strong></p>`;
  return htmlPage(
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in with a QR code</title></head>` +
      `<body><main><h1>Sign in with a QR code</h1><p>${escapeHtml(QR_PAGE_TEXT)}.</p>${shown}</main></body></html>`,
  );
}

export function deviceHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  const verificationUri = `${baseUrl}${QR_PAGE_PATH}`;
  return [
    http.post(
      `${baseUrl}/auth/device`,
      oauthEndpoint((body) => {
        const fields = parseFields(deviceAuthorizationSchema, body);
        if (fields instanceof Response) return fields;
        const outcome = backend.startDeviceAuthorization({ deviceName: fields.device_name || null });
        if (!outcome.ok) return rateLimited('Too many sign-in requests are waiting. Try again later.', outcome.retryAfterSeconds);
        const { started } = outcome;
        return HttpResponse.json({
          device_code: started.deviceCode,
          user_code: started.userCode,
          verification_uri: verificationUri,
          verification_uri_complete: `${verificationUri}?code=${encodeURIComponent(started.userCode)}`,
          expires_in: started.expiresInSeconds,
          interval: started.intervalSeconds,
        });
      }),
    ),

    http.get(verificationUri, ({ request }) => qrPage(new URL(request.url).searchParams.get('code'))),

    http.post(`${baseUrl}/me/qr-approve`, async ({ request }) => {
      const caller = authenticateRequest(backend, request);
      if (caller instanceof Response) return caller;
      const fields = await readRequest(request, approveSchema);
      if (fields instanceof Response) return fields;
      return approvalResponse(backend.approveDeviceAuthorization(caller, fields.user_code));
    }),

    http.post(`${baseUrl}/__mock/qr-approve`, async ({ request }) => {
      const fields = await readRequest(request, testingApproveSchema);
      if (fields instanceof Response) return fields;
      return approvalResponse(backend.approveNewestDeviceAuthorization(fields.login));
    }),
  ];
}

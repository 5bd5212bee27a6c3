import { z } from 'zod';

/** Shapes of the server's responses, checked at the client's edge (see mocks/openapi.yaml). */
export const serverErrorBody = z.object({
  error: z.string(),
  message: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
});

export const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  refresh_token: z.string().min(1),
  user_id: z.string().min(1),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

export const meResponse = z.object({
  id: z.string(),
  name: z.string(),
  last_name: z.string(),
  display_name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const portalsPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      domain: z.string(),
      role: z.enum(['admin', 'employee', 'extranet']),
    }),
  ),
  next_cursor: z.string().nullable(),
});
export type PortalsPage = z.infer<typeof portalsPage>;

export const emptyResponse = z.unknown();

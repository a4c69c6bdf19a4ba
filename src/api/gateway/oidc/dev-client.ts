import { DEFAULT_CLIENT_ID } from '../../../config.js';

/** eloket's terminal as the development provider knows it: a public native client (RFC 8252). */
export const DEV_CLIENT_ID = DEFAULT_CLIENT_ID;

export const devClient = {
  client_id: DEV_CLIENT_ID,
  client_name: 'eloket',
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  // A loopback redirect URI without a port matches any port (RFC 8252 section 7.3).
  redirect_uris: ['http://127.0.0.1/callback'],
  response_types: ['code'],
  grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
};

/**
 * The content security policy every page satisfies: only the site's own
 * files, no inline script or style, no eval. Pagefind's search compiles
 * WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval of
 * JavaScript). A deployer sends the same policy as a header, where
 * frame-ancestors also takes effect (browsers ignore it in a meta element).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The header form, with the directives a meta element cannot carry. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

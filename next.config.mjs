import { withPayload } from '@payloadcms/next/withPayload'

const dev = process.env.NODE_ENV === 'development'

/**
 * The admin and the API come from this origin only, and no other site may frame them.
 * Next and Payload put inline <script> (the RSC payload) and inline styles into every admin page,
 * hence 'unsafe-inline' for both; nothing is loaded from another host. Images include data: and
 * blob: URLs (upload previews). `next dev` also needs eval and its websocket.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Dabir has no public site: the root goes straight to the Persian admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // On every response: the admin, the REST and GraphQL API, files and static assets.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

import { handleEndpoints } from 'payload'

import { testPayload } from './payload'
import type { RestResult } from './rest'

/** POST a file to an upload collection through the REST handler, as a browser form would. */
export async function uploadFile(collection: string, fileName: string, bytes: Uint8Array, token?: string, data: Record<string, unknown> = {}): Promise<RestResult> {
  const payload = await testPayload()
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(bytes)]), fileName)
  form.append('_payload', JSON.stringify(data))
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost:3000/api/${collection}`, { method: 'POST', headers, body: form })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers }
}

function crc32(buf: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of buf) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A real PNG whose header claims other dimensions (a decompression bomb's header), CRC fixed. */
export function withPngSize(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png)
  out.writeUInt32BE(width, 16)
  out.writeUInt32BE(height, 20)
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29)
  return out
}

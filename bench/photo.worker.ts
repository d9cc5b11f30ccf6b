// The photo re-encode alone, in workerd, for bench/photo.bench.mjs: POST /reencode runs
// worker/photo.ts on the body; POST /read only reads the body (the baseline to subtract).
import { reencodePhoto } from '../worker/photo'

export default {
  async fetch(request: Request): Promise<Response> {
    const body = new Uint8Array(await request.arrayBuffer())
    if (new URL(request.url).pathname === '/read') return new Response(String(body.length))
    const out = await reencodePhoto(body)
    return out ? new Response(String(out.length)) : new Response('refused', { status: 400 })
  },
}

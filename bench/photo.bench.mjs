// npm run bench:photo: CPU time of the server-side photo re-encode (worker/photo.ts:
// decode with @jsquash/jpeg or @jsquash/png, encode with MozJPEG) inside workerd, the
// Workers runtime, run by `wrangler dev` on bench/photo.worker.ts.
//
// workerd freezes its clocks while code runs (as production does), so the time cannot
// be read inside the Worker. Instead the workerd process's own CPU time (utime + stime
// from /proc) is read around N sequential requests that re-encode a photo, and around
// N that only read the same body; the difference, divided by N, is the re-encode's
// CPU time. Also reported: the process's peak memory (VmHWM) after each size, since a
// Worker isolate has 128 MB.
//
// The photos are made here, deterministically: a smooth picture with fine grain, encoded
// by MozJPEG at the quality that brings the file closest under 2 MB (the upload cap).
import { spawn, execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from '../scripts/dev-server.mjs'

const root = new URL('..', import.meta.url).pathname
const N = Number(process.env.BENCH_PHOTO_RUNS ?? 20)
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())
const MAX_BYTES = 2 * 1024 * 1024

const jsquash = (pkg, file) => join(root, 'node_modules/@jsquash', pkg, file)
const { default: encodeJpeg, init: initEncode } = await import(jsquash('jpeg', 'encode.js'))
await initEncode(await WebAssembly.compile(readFileSync(jsquash('jpeg', 'codec/enc/mozjpeg_enc.wasm'))))

function mulberry32(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A photograph stand-in: gradients, soft shapes and sensor-like grain. */
function picture(width, height, grain) {
  const random = mulberry32(width * 31 + height)
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const u = x / width
      const v = y / height
      const shape = Math.sin(u * 9 + Math.cos(v * 7) * 2) * 40 + Math.cos(v * 13 - u * 5) * 30
      const noise = () => (random() - 0.5) * grain
      data[i] = 90 + u * 120 + shape + noise()
      data[i + 1] = 70 + v * 110 - shape * 0.5 + noise()
      data[i + 2] = 140 - u * 60 + shape * 0.3 + noise()
      data[i + 3] = 255
    }
  }
  return { data, width, height }
}

/** The grainiest picture of this size whose file still fits under the 2 MB cap. */
async function photoNear2MB(width, height) {
  let best = null
  for (let grain = 10; grain <= 200; grain += 10) {
    const jpeg = new Uint8Array(await encodeJpeg(picture(width, height, grain), { quality: 92 }))
    if (jpeg.length > MAX_BYTES) break
    best = jpeg
  }
  return best
}

/** What the report form sends: the browser's canvas JPEG at quality 0.85, light grain. */
async function browserPhoto() {
  return new Uint8Array(await encodeJpeg(picture(1600, 1200, 20), { quality: 85 }))
}

function descendants(pid) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,comm=']).toString().trim().split('\n').map((l) => l.trim().split(/\s+/))
  const out = []
  const walk = (p) => {
    for (const [child, parent, comm] of rows) {
      if (parent === String(p)) {
        out.push({ pid: Number(child), comm })
        walk(child)
      }
    }
  }
  walk(pid)
  return out
}

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}
const peakMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1]) / 1024

const port = await freePort()
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }
const server = spawn(
  'wrangler',
  ['dev', '--config', 'bench/photo.wrangler.toml', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false'],
  { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
)
let log = ''
server.stdout.on('data', (d) => (log += d))
server.stderr.on('data', (d) => (log += d))
const base = `http://127.0.0.1:${port}`

try {
  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`)
    try {
      if ((await fetch(`${base}/read`, { method: 'POST', body: 'x' })).ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`wrangler dev did not answer:\n${log}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  // wrangler dev runs the Worker and its own proxy in workerd processes: count them all
  // (the proxy's share is the same for both kinds of request and cancels out).
  const pids = descendants(server.pid).filter((p) => p.comm === 'workerd').map((p) => p.pid)
  if (pids.length === 0) throw new Error('no workerd process found')
  const cpu = () => pids.reduce((n, pid) => n + cpuMs(pid), 0)
  const peak = () => Math.max(...pids.map(peakMb))

  const send = async (path, body) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', body })
    const text = await res.text()
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`)
    return Number(text)
  }
  /** CPU ms of workerd per request, over N sequential requests. */
  const perRequest = async (path, body) => {
    const before = cpu()
    const began = performance.now()
    let out = 0
    for (let i = 0; i < N; i++) out = await send(path, body)
    return { cpu: (cpu() - before) / N, wall: (performance.now() - began) / N, out }
  }

  const results = []
  const idle = Math.round(peak())
  console.log({ workerdPeakMemoryMbBeforeAnyPhoto: idle })
  const photos = [
    ['what the report form sends: 1600 × 1200, light grain', await browserPhoto()],
    ['a 2 MB photo: 1600 × 1200, grain raised to just under 2 MB', await photoNear2MB(1600, 1200)],
    ['a 2 MB photo at the largest size accepted: 2048 × 2048', await photoNear2MB(2048, 2048)],
  ]
  for (const [label, jpeg] of photos) {
    for (let i = 0; i < 3; i++) await send('/reencode', jpeg) // warm up: codecs compiled and tiered up, memory grown
    const read = await perRequest('/read', jpeg)
    const reencode = await perRequest('/reencode', jpeg)
    const row = {
      image: label,
      inputBytes: jpeg.length,
      outputBytes: reencode.out,
      cpuMsPerReencode: Math.round(reencode.cpu - read.cpu),
      wallMsPerRequest: Math.round(reencode.wall),
      workerdPeakMemoryMb: Math.round(peak()),
    }
    results.push(row)
    console.log(row)
  }

  const result = {
    date: new Date().toISOString(),
    runs: N,
    codec: 'MozJPEG via @jsquash/jpeg 1.6.0 (decode, then sequential encode at quality 85)',
    workerdPeakMemoryMbBeforeAnyPhoto: idle,
    results,
  }
  writeFileSync(join(root, 'bench/photo.report.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log('wrote bench/photo.report.json')
} finally {
  server.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 500))
  if (server.exitCode === null) server.kill('SIGKILL')
}

import { MAX_PHOTO_BYTES } from '../../../../core/report'
/** Largest side after resizing, and the server's size limit (worker/photo.ts). */
const MAX_SIDE = 1600

export type PhotoResult = { ok: true; dataUrl: string } | { ok: false; code: string }

/**
 * Re-encodes a chosen photo as a JPEG of at most 1600 px in the browser. Drawing it on
 * a canvas keeps only the pixels, so EXIF (GPS position, camera, time) never leaves
 * the phone. Lowers the quality until the file is under 2 MB.
 */
export async function readPhoto(file: File): Promise<PhotoResult> {
  if (!file.type.startsWith('image/')) return { ok: false, code: 'report.person.photo.error.type' }
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return { ok: false, code: 'report.person.photo.error.type' }
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(bitmap.width * scale))
  canvas.height = Math.max(1, Math.round(bitmap.height * scale))
  const context = canvas.getContext('2d')
  if (!context) return { ok: false, code: 'report.person.photo.error.type' }
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  for (const quality of [0.85, 0.7, 0.5]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
    if (blob && blob.size <= MAX_PHOTO_BYTES) {
      return {
        ok: true,
        dataUrl: await new Promise<string>((resolve, reject) => {
          const reader = new FileReader()
          reader.onload = () => resolve(reader.result as string)
          reader.onerror = () => reject(reader.error)
          reader.readAsDataURL(blob)
        }),
      }
    }
  }
  return { ok: false, code: 'report.person.photo.error.size' }
}

/** data: URL → Blob without fetch(), which the CSP's connect-src would refuse. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [head, base64] = dataUrl.split(',')
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: head.match(/^data:([^;]+)/)?.[1] ?? 'image/jpeg' })
}

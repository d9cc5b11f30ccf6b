import { z } from 'astro/zod'
import { ADVISORY_LEVELS, getPlace } from '../../../core/gazetteer'

/**
 * The frontmatter of an advisory or guide (one file per language). Astro checks every
 * entry against it at build time, so a missing field, a bad date or a region the
 * gazetteer does not know stops the build.
 */
const day = z.coerce.date()

export const advisorySchema = z
  .object({
    kind: z.enum(['advisory', 'guide']),
    title: z.string().min(1).max(90),
    summary: z.string().min(1).max(240),
    country: z.enum(['KH', 'MM', 'LA']).optional(),
    regions: z.array(z.string().refine((id) => getPlace(id) !== undefined, { message: 'not a gazetteer id (core/gazetteer.ts)' })),
    level: z.enum(ADVISORY_LEVELS).optional(),
    issued: day,
    updated: day,
    expires: day.optional(),
    dateUnverified: z.boolean().optional(),
    sources: z.array(z.object({ title: z.string().min(1), url: z.string().url() })).min(1),
  })
  .refine((d) => d.kind === 'guide' || (d.level !== undefined && d.country !== undefined && d.regions.length > 0), {
    message: 'an advisory needs a country, a level and at least one region',
  })

import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { advisorySchema } from './lib/advisory-schema'

/**
 * Advisories and guides: one folder per entry, one Markdown file per language
 * (`kh-level-4-bokor-bavet-poipet/km.md`), checked against the schema at build.
 */
const advisories = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './src/content/advisories' }),
  schema: advisorySchema,
})

export const collections = { advisories }

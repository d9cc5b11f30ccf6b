import { readdirSync, readFileSync } from 'node:fs'

// The labelled offers in tests/fixtures/offers, for the offer-check tests (README.md there says where each came from).
export type Case = { id: string; lang: 'ko' | 'km' | 'en' | 'mixed'; label: 'scam' | 'legit'; frame: 'offer' | 'report'; kind: string; text: string; note: string; source: string }

export const readCases = (name: string): Case[] =>
  readFileSync(new URL(`../fixtures/offers/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case)

export const corpus = readCases('corpus.jsonl')
export const holdout = readCases('holdout.jsonl')
/** The whole training side: every labelled file in tests/fixtures/offers. */
export const files = readdirSync(new URL('../fixtures/offers/', import.meta.url)).filter((f) => f.endsWith('.jsonl')).sort()
export const training = files.flatMap(readCases)

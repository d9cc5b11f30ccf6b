import { Hono, type MiddlewareHandler } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { html } from 'hono/html'
import { LANGS, LANG_NAMES, isLang } from '../../core/langs'
import { isLocalAccess, signLocalAccessToken } from '../access'
import { findStaff, listActiveStaff } from '../db/staff'
import type { AppEnv } from '../env'

/**
 * Local stand-in for Cloudflare Access's login, served only by the dev server (no
 * Access team configured, loopback address): pick a seeded staff member, get the
 * same kind of signed token Access would issue, in the cookie Access would set.
 * Everywhere else these paths do not exist.
 */
const localOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!isLocalAccess(c.env, c.req.url) || !c.env.ACCESS_LOCAL_PRIVATE_JWK) return c.notFound()
  c.header('Cache-Control', 'no-store')
  await next()
}

const signIn = new Hono<AppEnv>()
  .use('/sign-in', localOnly)
  .use('/sign-out', localOnly)
  // A form posted from another site must not sign anyone in or out (login CSRF):
  // Hono's check of Origin and Sec-Fetch-Site, as on the staff API.
  .use('/sign-in', csrf())
  .use('/sign-out', csrf())
  .get('/sign-in', async (c) => {
    const staff = await listActiveStaff(c.env.DB)
    // hono/html escapes every interpolated value.
    return c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Staff sign-in (local) – Homeward</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head><body><main>
<h1>Staff sign-in (local development)</h1>
<p>In production, Cloudflare Access signs staff in. This page exists only on the local dev server.</p>
<form method="post" action="/staff/sign-in"><fieldset><legend>Sign in as</legend>${staff.map(
      (s, i) =>
        html`<p><input type="radio" name="email" id="staff-${i}" value="${s.email}"${i === 0 ? ' checked' : ''}> <label for="staff-${i}">${s.name} — ${s.email} (${s.role})</label></p>`,
    )}</fieldset>
<p><label for="lang">Console language</label> <select id="lang" name="lang">${LANGS.map((l) => html`<option value="${l}">${LANG_NAMES[l]}</option>`)}</select></p>
<p><button type="submit">Sign in</button></p></form></main></body></html>`)
  })
  .post('/sign-in', async (c) => {
    const form = await c.req.parseBody()
    const email = String(form.email ?? '').toLowerCase()
    const lang = isLang(form.lang) ? form.lang : 'ko'
    if (!(await findStaff(c.env.DB, email))) return c.redirect('/staff/sign-in', 303)
    const token = await signLocalAccessToken(email, c.env.ACCESS_LOCAL_PRIVATE_JWK)
    setCookie(c, 'CF_Authorization', token, { path: '/', httpOnly: true, sameSite: 'Strict', secure: new URL(c.req.url).protocol === 'https:' })
    return c.redirect(`/staff/${lang}/`, 303)
  })
  .post('/sign-out', (c) => {
    deleteCookie(c, 'CF_Authorization', { path: '/' })
    return c.redirect('/staff/sign-in', 303)
  })

export default signIn

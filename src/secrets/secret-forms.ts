/** The base64 of `user:secret`, as sent in a Basic Authorization header. */
export function basic(user: string, secret: string): string {
  return Buffer.from(`${user}:${secret}`).toString('base64')
}

/** Every form of a secret that could reach a log: raw, trimmed, URL-encoded, and Basic-auth base64. */
export function secretForms(secret: string, users: string[]): string[] {
  if (!secret) return []
  const forms = [
    secret,
    secret.trim(),
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64')
  ]
  for (const user of users) {
    if (user) forms.push(basic(user, secret), `${user}:${secret}`)
  }
  return [...new Set(forms.filter((f) => f.length >= 4))]
}

/** Remembers every secret form and scrubs them from any text before it is shown. */
export class Redactor {
  private readonly secrets = new Set<string>()

  add(secret: string): void {
    if (secret && secret.length >= 4) this.secrets.add(secret)
  }

  redact(text: string): string {
    let out = text
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('***')
    }
    return out
  }
}

/** Whether a text has the shape of an email address (one @, no spaces): what Basic auth with an API token needs. */
export const looksLikeEmail = (text: string) => /^[^@\s]+@[^@\s]+$/.test(text)

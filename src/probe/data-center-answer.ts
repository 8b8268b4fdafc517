/** Reads a Bitbucket Data Center REST answer: JSON body and its `{"errors":[{"message"}]}` text. */
import { cleanText } from '../core/server-text.js'
import type { HttpResponse } from './http-client.js'

export function jsonOf(text: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(text) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** The first error message of a Data Center error body, or ''. */
export function errorMessage(response: HttpResponse): string {
  const errors = jsonOf(response.text)?.errors
  if (!Array.isArray(errors)) return ''
  const first = errors[0] as { message?: unknown } | undefined
  return typeof first?.message === 'string' ? cleanText(first.message, 300) : ''
}

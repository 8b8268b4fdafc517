/** Parses JUnit XML back the way a CI's reader does, after checking it is well-formed. */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export interface JunitCase {
  name: string
  classname: string
  time: string
  failure?: { message: string; type: string; '#text': string }
  skipped?: { message: string }
  'system-out': string
}
export interface ParsedJunit {
  testsuites: {
    tests: string
    failures: string
    errors: string
    testsuite: {
      name: string
      tests: string
      failures: string
      errors: string
      skipped: string
      timestamp: string
      time: string
      testcase: JunitCase[]
    }
  }
}

/** Parses JUnit XML the way a CI's reader does: attributes, entities, every testcase a list item. */
export function parseJunit(text: string): ParsedJunit {
  const valid = XMLValidator.validate(text)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => name === 'testcase',
    processEntities: true,
    htmlEntities: true
  }).parse(text) as ParsedJunit
}

/**
 * Finds where JSON text stops being valid, for error messages only (JSON.parse in Node 20 does
 * not give a position). A small recursive-descent scan; it runs only after JSON.parse failed.
 */

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = ' \t\r\n'
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/**
 * The offset of the first error in JSON text and what was wrong there.
 *
 * @param text - text that JSON.parse rejected
 * @returns the offset and a short description, or undefined when the scan finds no error
 */
export function locateJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0
  const found = () => (i >= text.length ? 'the end of the input' : JSON.stringify(text[i]))
  const fail = (message: string): never => {
    throw new Failure(i, message)
  }
  const skip = () => {
    while (i < text.length && WHITESPACE.includes(text[i] as string)) i++
  }
  const string = () => {
    i++
    while (i < text.length) {
      const c = text[i] as string
      if (c === '"') {
        i++
        return
      }
      if (c < ' ') fail('a line break or control character inside a string')
      i += c === '\\' ? 2 : 1
    }
    fail('a string is not closed')
  }
  const container = (close: '}' | ']') => {
    i++
    skip()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      skip()
      if (close === '}') {
        if (text[i] !== '"') fail(`expected a quoted key, found ${found()}`)
        string()
        skip()
        if (text[i] !== ':') fail(`expected ":", found ${found()}`)
        i++
      }
      value()
      skip()
      if (text[i] === ',') {
        i++
        continue
      }
      if (text[i] === close) {
        i++
        return
      }
      fail(`expected "," or "${close}", found ${found()}`)
    }
  }
  function value(): void {
    skip()
    const c = text[i]
    if (c === '{' || c === '[') {
      container(c === '{' ? '}' : ']')
      return
    }
    if (c === '"') {
      string()
      return
    }
    NUMBER.lastIndex = i
    const number = NUMBER.exec(text)
    if (number) {
      i += number[0].length
      return
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length
        return
      }
    }
    fail(`expected a value, found ${found()}`)
  }
  try {
    value()
    skip()
    if (i < text.length) fail(`unexpected ${found()} after the value`)
    return undefined
  } catch (error) {
    if (error instanceof Failure) return error
    throw error
  }
}

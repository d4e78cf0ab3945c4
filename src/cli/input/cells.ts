import { expectations, localizedText } from './located.js'

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * Why a text is not a number, as the catalogue words it: a number was expected, the text was
 * received, with a hint for a value below the detection limit.
 *
 * @param text - the cell text
 * @returns the code, expectation, received text and hint of the issue
 * @category CLI
 * @example
 * ```ts
 * notANumber('<0.01').hint?.en //=> 'a value below the detection limit needs a number'
 * ```
 */
export function notANumber(text: string) {
  return {
    code: 'invalid_type' as const,
    expected: expectations.number(),
    received: text,
    ...(/^[<＜]/.test(text)
      ? {
          hint: localizedText(
            '低于检出限的值也需写成数值',
            'a value below the detection limit needs a number',
          ),
        }
      : {}),
  }
}

/**
 * Reads a cell as a decimal number: plain decimal notation (`12`, `0.5`, `-3`, `1e-4`) only, so
 * `1,234`, `12a` or `12 µg` are errors rather than guesses.
 *
 * @param text - the cell text (already trimmed), or null when missing
 * @returns the number, null when missing, or undefined when the text is not a number
 * @category CLI
 * @example
 * ```ts
 * parseDecimal('0.257') //=> 0.257
 * parseDecimal(null)    //=> null
 * parseDecimal('12a')   //=> undefined
 * ```
 */
export function parseDecimal(text: string | null): number | null | undefined {
  if (text === null) return null
  if (!NUMBER.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

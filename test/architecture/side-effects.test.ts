import { describe, expect, it } from 'vitest'

// package.json declares `sideEffects: false`: a bundler may leave out any module of the
// library whose exports an app does not use. That holds only if loading a module changes
// nothing outside it; this test loads the air entry (and with it every module of its graph)
// after zod, which has effects of its own, and compares what a module could change. zod sets
// its English messages and its memoizer when the first classic (object) schema is made (whoever makes
// it: an app that uses classic zod gets them from its own first schema), so one is made first.

function snapshot(zod: {
  globalConfig: object
  globalRegistry: { _idmap: Map<unknown, unknown> }
}) {
  const names = (o: object) => Object.getOwnPropertyNames(o).sort()
  return {
    globals: names(globalThis),
    prototypes: [Object, Array, String, Number, Date, Map, Set, Promise, Function].map((c) =>
      names(c.prototype),
    ),
    zodConfig: { ...zod.globalConfig },
    zodIds: [...zod.globalRegistry._idmap.keys()],
  }
}

describe('the air entry', () => {
  it('changes nothing outside its own modules when it is loaded', async () => {
    const { z } = await import('zod')
    z.object({ a: z.string() })
    await import('zod/mini')
    const core = (await import('zod/v4/core')) as never
    const before = snapshot(core)
    const air = await import('../../src/standards/air/index.js')
    expect(typeof air.dailyAqi).toBe('function')
    expect(snapshot(core)).toEqual(before)
  })
})

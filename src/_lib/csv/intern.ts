/**
 * Distinct byte strings (station codes, primary pollutants) numbered in the order they are first
 * met, looked up by their bytes without building a string: an open-addressing hash table over
 * a pool of the bytes seen.
 */
export class ByteInterner {
  private table = new Int32Array(256).fill(-1)
  private hashes = new Int32Array(64)
  private offsets = new Int32Array(64)
  private lengths = new Int32Array(64)
  private pool = new Uint8Array(1024)
  private used = 0
  private last = -1
  /** Number of distinct strings. */
  count = 0

  private static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5
    for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193)
    return h | 0
  }

  private same(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = this.lengths[entry] as number
    if (length !== end - start) return false
    const offset = this.offsets[entry] as number
    for (let k = 0; k < length; k++) {
      if (this.pool[offset + k] !== bytes[start + k]) return false
    }
    return true
  }

  /**
   * The number of `bytes[start, end)`, adding it when it is new ({@link ByteInterner.added}
   * then says so).
   */
  intern(bytes: Uint8Array, start: number, end: number): number {
    this.added = false
    // consecutive records of one station are common, and so are files that list the stations
    // in the same order for every hour: the string after the last one is tried before hashing
    const last = this.last
    if (last >= 0) {
      if (this.same(last, bytes, start, end)) return last
      if (last + 1 < this.count && this.same(last + 1, bytes, start, end)) {
        this.last = last + 1
        return last + 1
      }
    }
    const h = ByteInterner.hash(bytes, start, end)
    const mask = this.table.length - 1
    let slot = h & mask
    for (;;) {
      const entry = this.table[slot] as number
      if (entry === -1) break
      if (this.hashes[entry] === h && this.same(entry, bytes, start, end)) {
        this.last = entry
        return entry
      }
      slot = (slot + 1) & mask
    }
    const entry = this.count++
    if (entry === this.hashes.length) this.growEntries()
    const length = end - start
    if (this.used + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + length))
      pool.set(this.pool)
      this.pool = pool
    }
    this.pool.set(bytes.subarray(start, end), this.used)
    this.offsets[entry] = this.used
    this.lengths[entry] = length
    this.hashes[entry] = h
    this.used += length
    this.table[slot] = entry
    this.added = true
    this.last = entry
    if (this.count * 2 > this.table.length) this.rehash()
    return entry
  }

  /** Whether the last {@link ByteInterner.intern} added a new string. */
  added = false

  private growEntries() {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2)
      b.set(a)
      return b
    }
    this.hashes = grow(this.hashes)
    this.offsets = grow(this.offsets)
    this.lengths = grow(this.lengths)
  }

  private rehash() {
    const table = new Int32Array(this.table.length * 2).fill(-1)
    const mask = table.length - 1
    for (let entry = 0; entry < this.count; entry++) {
      let slot = (this.hashes[entry] as number) & mask
      while (table[slot] !== -1) slot = (slot + 1) & mask
      table[slot] = entry
    }
    this.table = table
  }
}

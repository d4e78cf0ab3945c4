/**
 * The command line's plain-text tables: the library's `renderTextTable`, whose columns are
 * padded by display width (Chinese characters count two columns). Bundled into the command line
 * (scripts/_cli-bundled.ts) so that `eco-targets aqi` prints its table without loading an entry.
 *
 * @module
 */
export { displayWidth } from '../../_lib/display-width.js'
export {
  type RenderTextTableOptions as RenderTableOptions,
  renderTextTable as renderTable,
} from '../../_lib/text-table.js'

/**
 * The command line's plain-text tables: the library's {@link renderTextTable}, whose columns
 * are padded by display width (Chinese characters count two columns).
 *
 * @module
 */
export {
  displayWidth,
  type RenderTextTableOptions as RenderTableOptions,
  renderTextTable as renderTable,
} from '../../index.js'

/**
 * The command line's plain-text tables: the library's `renderTextTable`, whose columns are
 * padded by display width (Chinese characters count two columns), from the air entry, which
 * `eco-targets aqi` loads anyway.
 *
 * @module
 */
export {
  displayWidth,
  type RenderTextTableOptions as RenderTableOptions,
  renderTextTable as renderTable,
} from '../../standards/air/index.js'

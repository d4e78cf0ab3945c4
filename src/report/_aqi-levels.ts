/** AQI level colours and names (HJ 633-2012 Table 2, Appendix A), for the calendar. */
export const AQI_LEVEL_STYLES = [
  { hex: '#00E400', zh: '优', en: 'Excellent' },
  { hex: '#FFFF00', zh: '良', en: 'Good' },
  { hex: '#FF7E00', zh: '轻度污染', en: 'Lightly polluted' },
  { hex: '#FF0000', zh: '中度污染', en: 'Moderately polluted' },
  { hex: '#99004C', zh: '重度污染', en: 'Heavily polluted' },
  { hex: '#7E0023', zh: '严重污染', en: 'Severely polluted' },
] as const

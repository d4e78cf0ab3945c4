/** The most an app that imports only `dailyAqi` from `eco-targets/air` may bundle to, min+gz. */
export const AIR_BUNDLE_LIMIT = 25_000

import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'plan-2022': 'src/plans/2022/index.ts',
    air: 'src/standards/air/index.ts',
    water: 'src/standards/water/index.ts',
  },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  treeshake: true,
  splitting: true,
  clean: true,
  dts: {
    // tsup 8.5.1 forces `baseUrl: "."` into the dts build; TypeScript 6 rejects it (TS5101).
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
})

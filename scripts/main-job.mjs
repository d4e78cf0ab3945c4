// Prints the 2022 plan's targets from the built package (replaced by the CLI report later).
import { plan2022 } from '../dist/plan-2022.js'

const rows = plan2022.targets.map((t) => {
  const value = t.value === null ? 'assigned' : `${t.value} ${t.unit}`
  return `${t.id.padEnd(40)} ${t.comparator.padEnd(15)} ${value.padEnd(12)} ${t.title.zh}`
})
console.log(
  `${plan2022.title.en}\n${plan2022.targets.length} targets, ${plan2022.tasks.length} tasks\n`,
)
console.log(rows.join('\n'))

import { renderWaterText, WaterCommandOutputSchema } from '../../../index.js'
import { assessSections } from '../../../standards/water/index.js'
import { defineCommand } from '../../command/index.js'
import { EXIT_CODES, UsageError } from '../../errors.js'
import { parseMaxProblems } from '../../input/problems.js'
import { openInput } from '../../input/source.js'
import { checkedJson } from '../../output/json.js'
import { writeResult } from '../../output/result.js'
import { checkDatesForPeriod, checkPeriod, parseIndicators } from './_args.js'
import { WATER_HELP, WATER_OPTIONS } from './_help.js'
import { comparisonWithOrigins, waterJson } from './_json.js'
import { observationsText, waterObservations } from './_observations.js'
import { readLakeList, readSections } from './_read.js'

/**
 * `eco-targets water`: surface-water section samplings → each section's class (22号, GB 3838),
 * beside the published class when the input has one, and the set's ratios and status.
 *
 * @category CLI
 * @example
 * ```ts
 * await waterCommand.execute(['surface-water-sections.csv', '--lakes', 'lakes.txt'], io) //=> 0
 * ```
 */
export const waterCommand = defineCommand({
  name: 'water',
  ...WATER_HELP,
  options: WATER_OPTIONS,
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run({ io, options, positionals, lang }) {
    if (options.period) checkPeriod(options.period)
    const indicators = options.indicators ? parseIndicators(options.indicators) : undefined
    if (positionals.filter((p) => p === '-').length > 1) {
      throw new UsageError({
        zh: '标准输入（-）只能读取一次',
        en: 'standard input (-) can be read only once',
      })
    }
    if (options.network && !options.observations) {
      throw new UsageError({
        zh: '--network 只能与 --observations 合用',
        en: '--network applies with --observations',
      })
    }
    if (options.observations === '-')
      throw new UsageError({
        zh: '--observations 需要一个文件名',
        en: '--observations needs a file name',
      })
    const lakes = options.lakes ? await readLakeList(openInput(options.lakes, io)) : []
    const { sections, notes } = await readSections(
      positionals.map((p) => openInput(p, io)),
      io,
      {
        format: options['input-format'],
        lakes,
        maxProblems: parseMaxProblems(options['max-problems']),
        allowEmpty: options['allow-empty'],
      },
    )
    const note = lang === 'zh' ? '注：' : 'note: '
    for (const n of notes) await io.stderr.write(`${note}${n.message[lang]}\n`)
    const observations = options.observations
      ? waterObservations(sections, options.network ?? 'national')
      : undefined
    if (options.period) checkDatesForPeriod(sections)
    const assessment = assessSections(sections, {
      ...(options.period ? { period: options.period } : {}),
      ...(indicators ? { indicators } : {}),
    })
    const text = options.json
      ? checkedJson(
          WaterCommandOutputSchema,
          'cli-water',
          waterJson(assessment, {
            period: options.period ?? null,
            indicators: indicators ?? '22号 21 indicators',
            lakes: lakes.length,
          }),
        )
      : renderWaterText(
          {
            results: assessment.sections,
            comparison: comparisonWithOrigins(assessment.published),
            set: assessment.set,
            ...(options.period ? { period: options.period } : {}),
          },
          { lang, summary: options.summary === true },
        )
    await writeResult(io, text, options.out)
    if (options.observations && observations) {
      await writeResult(
        io,
        observationsText(observations, options.observations),
        options.observations,
      )
      await io.stderr.write(
        lang === 'zh'
          ? `已把 ${observations.length} 条 \`waterSample\` 观测数据写入 ${options.observations}\n`
          : `wrote ${observations.length} waterSample observations to ${options.observations}\n`,
      )
    }
    return EXIT_CODES.ok
  },
})

/** Examples of the water result schemas for the "Data formats" page, computed by the library. */
import {
  assessDrinkingWaterSources,
  assessGroundwaterSource,
  assessSectionSet,
  assessSections,
  assessSurfaceSource,
  classifyGroundwater,
  classifySection,
  classifySectionPeriod,
  mainPollutants,
  readSectionRecords,
  trophicLevelIndex,
} from '../../src/standards/water/index.js'

const SECTION = {
  pH: 7.8,
  DO: 5.6,
  CODMn: 4.1,
  NH3N: 1.42,
  TP: 0.26,
  TN: 3.5,
  fecalColiform: 12000,
}
const LAKE = { chla: 10, TP: 0.1, TN: 1, SD: 1, CODMn: 4 }

/** One example of each water result, with where it comes from. */
export function waterSchemaExamples() {
  const from = (zh: string, en: string) => ({
    zh: `${zh}（即其文档示例，构建本站时计算）`,
    en: `${en} (the example of its TSDoc, computed when this site was built)`,
  })
  return {
    'water-section': {
      value: classifySection(SECTION, { waterBody: 'river' }),
      from: from(
        '`classifySection` 对河流一次采样的评价',
        '`classifySection` on one river sampling',
      ),
    },
    'water-period': {
      value: classifySectionPeriod(
        [
          { date: '2022-01-10', values: { pH: 7.9, DO: 9.1, CODMn: 3.2, NH3N: 0.41, TP: 0.18 } },
          { date: '2022-02-11', values: { pH: 8.0, DO: 8.7, CODMn: 3.6, NH3N: 0.55, TP: 0.24 } },
          { date: '2022-03-09', status: 'frozen' },
        ],
        { waterBody: 'river', period: '2022-Q1' },
      ),
      from: from(
        '`classifySectionPeriod` 对一个季度的评价',
        '`classifySectionPeriod` for a quarter',
      ),
    },
    'water-section-set': {
      value: assessSectionSet([
        { id: 'a', waterBody: 'river', values: { DO: 8, CODMn: 3, NH3N: 0.3, TP: 0.08 } },
        { id: 'b', waterBody: 'river', values: { DO: 4, CODMn: 9, NH3N: 2.4, TP: 0.5 } },
        { id: 'd', waterBody: 'river', condition: 'driedUp' },
      ]),
      from: from('`assessSectionSet` 对三个断面的评价', '`assessSectionSet` on three sections'),
    },
    'water-surface': {
      value: assessSurfaceSource(
        { pH: 7.6, DO: 7.9, CODMn: 2.1, NH3N: 0.12, TP: 0.03, Fe: 0.45 },
        { waterBody: 'reservoir' },
      ),
      from: from(
        '`assessSurfaceSource` 对一个水库水源的评价',
        '`assessSurfaceSource` on a reservoir source',
      ),
    },
    'water-groundwater': {
      value: classifyGroundwater({ pH: 7.4, NH3N: 0.12, nitrate: 4.2, odourTaste: 'none' }),
      from: from('`classifyGroundwater` 对一个样品的评价', '`classifyGroundwater` on one sample'),
    },
    'water-ground-source': {
      value: assessGroundwaterSource({ pH: 7.2, nitrate: 22, F: 0.8 }),
      from: from(
        '`assessGroundwaterSource` 对一个样品的评价',
        '`assessGroundwaterSource` on one sample',
      ),
    },
    'water-sources': {
      value: assessDrinkingWaterSources([
        {
          id: 'north',
          type: 'groundwater',
          samplings: [{ date: '2022-03-01', values: { nitrate: 18 } }],
        },
        { id: 'west', type: 'groundwater', samplings: [] },
      ]),
      from: from(
        '`assessDrinkingWaterSources` 对两个水源的评价',
        '`assessDrinkingWaterSources` on two sources',
      ),
    },
    'water-trophic': {
      value: trophicLevelIndex(LAKE),
      from: from(
        '`trophicLevelIndex` 对五项参数的计算',
        '`trophicLevelIndex` on the five parameters',
      ),
    },
    'water-pollutants': {
      value: mainPollutants({ DO: 6, NH3N: 2.3, TP: 0.32, COD: 24 }, { waterBody: 'river' }),
      from: from('`mainPollutants` 对一个劣Ⅴ类断面的计算', '`mainPollutants` of a 劣Ⅴ section'),
    },
    'water-sections': {
      value: assessSections(
        readSectionRecords([
          {
            section: 'a',
            date: '2022-07-10',
            pH: '7.5',
            DO: '6',
            CODMn: '4',
            NH3N: '0.4',
            TP: '0.25',
            水质类别: 'Ⅳ',
          },
        ]).sections,
        { period: '2022-Q3' },
      ),
      from: from(
        '`assessSections` 对读出的一个断面一个季度的评价',
        '`assessSections` on one section read from an export, for a quarter',
      ),
    },
  } as const
}

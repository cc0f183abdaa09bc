// Case acceptance fees (案件受理费): Art. 13 by category, Art. 17 for appeals, Arts. 15, 16, 18 halving,
// Art. 8 for cases that pay none.
import data from './schedules.json' with { type: 'json' };
import { applySchedule, type ExactLine, type Schedule } from './brackets.js';
import type { FeeConfig, RangedFeeKey } from './config.js';
import { fen } from './exact.js';
import type { Adjustment, FeePlan } from './explain.js';
import { citeTogether, flatLine, halvings, LAW, perCase, propertyPart, yuanText } from './steps.js';
import type { Bilingual, FeeInput } from './types.js';

export type AcceptanceInput = Exclude<
  FeeInput,
  {
    category:
      'enforcement' | 'preservation' | 'payment-order' | 'public-summons' | 'arbitration-review' | 'bankruptcy' | 'maritime-application';
  }
>;

export const property = data.propertyCase as Schedule;

function propertyPlan(
  amountFen: number,
  appealedFen: number | undefined,
  title: Bilingual,
  source: string,
): Pick<FeePlan, 'title' | 'lines' | 'notes'> {
  if (appealedFen === undefined) return { title, lines: applySchedule(property, amountFen, source), notes: [] };
  const appealSource = citeTogether([data.appeal.source, source]);
  return {
    title: { 'zh-CN': `上诉${title['zh-CN']}`, en: `${title.en} on appeal` },
    lines: applySchedule(property, appealedFen, appealSource),
    notes: [
      {
        'zh-CN': `上诉案件按不服一审判决部分的上诉请求数额 ${yuanText(appealedFen)} 元计算（${data.appeal.source}），一审诉讼请求为 ${yuanText(amountFen)} 元`,
        en: `an appeal is charged on the amount appealed, ${yuanText(appealedFen)} yuan (${data.appeal.source}); the first-instance claim was ${yuanText(amountFen)} yuan`,
      },
    ],
  };
}

export function acceptancePlan(
  input: AcceptanceInput,
  config: FeeConfig,
  ranged: (key: RangedFeeKey) => ExactLine,
  used: string[],
): FeePlan {
  const base = { adjustments: [] as Adjustment[], notes: [] as Bilingual[], defaultsUsed: used };
  switch (input.category) {
    case 'property': {
      const p = propertyPlan(
        input.amountFen,
        input.appealedFen,
        { 'zh-CN': '财产案件受理费', en: 'Acceptance fee, property case' },
        property.source,
      );
      return { ...base, ...p, adjustments: halvings(input, config.halvingPolicy) };
    }
    case 'divorce': {
      const lines = [ranged('divorceFen')];
      if (input.propertyFen !== undefined)
        lines.push(
          ...applySchedule(data.divorceProperty as Schedule, input.propertyFen).map(propertyPart('财产分割', 'property division')),
        );
      return {
        ...base,
        title: { 'zh-CN': '离婚案件受理费', en: 'Acceptance fee, divorce' },
        lines,
        adjustments: halvings(input, config.halvingPolicy),
      };
    }
    case 'personality-rights': {
      const lines = [ranged('personalityRightsFen')];
      if (input.damagesFen !== undefined)
        lines.push(...applySchedule(data.personalityDamages as Schedule, input.damagesFen).map(propertyPart('损害赔偿', 'damages')));
      return {
        ...base,
        title: { 'zh-CN': '人格权案件受理费', en: 'Acceptance fee, personality rights' },
        lines,
        adjustments: halvings(input, config.halvingPolicy),
      };
    }
    case 'other-non-property':
      return {
        ...base,
        title: { 'zh-CN': '其他非财产案件受理费', en: 'Acceptance fee, other non-property case' },
        lines: [ranged('otherNonPropertyFen')],
        adjustments: halvings(input, config.halvingPolicy),
      };
    case 'intellectual-property': {
      const title: Bilingual = { 'zh-CN': '知识产权民事案件受理费', en: 'Acceptance fee, IP civil case' };
      const adjustments = halvings(input, config.halvingPolicy);
      if (input.amountFen === undefined) return { ...base, title, lines: [ranged('intellectualPropertyFen')], adjustments };
      const p = propertyPlan(input.amountFen, input.appealedFen, title, citeTogether([`${LAW}第十三条第（三）项`, property.source]));
      return { ...base, ...p, adjustments };
    }
    case 'labour-dispute':
      return {
        ...base,
        title: { 'zh-CN': '劳动争议案件受理费', en: 'Acceptance fee, labour dispute' },
        lines: [flatLine(perCase, data.labourDispute.flatYuan * 100, data.labourDispute.source)],
        adjustments: halvings(input, config.halvingPolicy),
      };
    case 'administrative': {
      const d = data.administrative[input.kind];
      const title: Bilingual =
        input.kind === 'other'
          ? { 'zh-CN': '其他行政案件受理费', en: 'Acceptance fee, administrative case' }
          : { 'zh-CN': '商标、专利、海事行政案件受理费', en: 'Acceptance fee, trademark, patent or maritime administrative case' };
      return { ...base, title, lines: [flatLine(perCase, d.flatYuan * 100, d.source)], adjustments: halvings(input, config.halvingPolicy) };
    }
    case 'jurisdiction-objection':
      return {
        ...base,
        title: { 'zh-CN': '管辖权异议不成立', en: 'Failed objection to jurisdiction' },
        lines: [ranged('jurisdictionObjectionFen')],
      };
    case 'no-fee': {
      const source = data.noFee[input.ground];
      const line: ExactLine = {
        line: { label: { 'zh-CN': '不交纳案件受理费', en: 'no acceptance fee' }, baseFen: 0, amountFen: 0, source },
        exact: fen(0),
        step: { 'zh-CN': `0 元（${source}）`, en: `0 yuan (${source})` },
      };
      return { ...base, title: { 'zh-CN': '案件受理费', en: 'Acceptance fee' }, lines: [line] };
    }
  }
}

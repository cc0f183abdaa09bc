// Application fees (申请费), Art. 14: enforcement, preservation, payment order, public summons, review of
// arbitration, bankruptcy and maritime applications. Arts. 15-16 halving does not apply to them.
import data from './schedules.json' with { type: 'json' };
import { applySchedule, type ExactLine, type Schedule } from './brackets.js';
import type { RangedFeeKey } from './config.js';
import type { Adjustment, FeePlan } from './explain.js';
import { cap, citeTogether, flatLine, fraction, perCase, yuanText } from './steps.js';
import type { Bilingual, FeeInput, MaritimeApplicationKind } from './types.js';

export type ApplicationInput = Extract<
  FeeInput,
  {
    category:
      'enforcement' | 'preservation' | 'payment-order' | 'public-summons' | 'arbitration-review' | 'bankruptcy' | 'maritime-application';
  }
>;

const property = data.propertyCase as Schedule;

const maritimeRanged: Partial<Record<MaritimeApplicationKind, RangedFeeKey>> = {
  'limitation-fund': 'maritimeLimitationFundFen',
  'maritime-injunction': 'maritimeInjunctionFen',
  'ship-priority-summons': 'shipPrioritySummonsFen',
};

const maritimeTitles: Record<MaritimeApplicationKind, Bilingual> = {
  'limitation-fund': { 'zh-CN': '申请设立海事赔偿责任限制基金', en: 'Application to set up a maritime liability limitation fund' },
  'maritime-injunction': { 'zh-CN': '申请海事强制令', en: 'Application for a maritime injunction' },
  'ship-priority-summons': { 'zh-CN': '申请船舶优先权催告', en: 'Application for a public summons on a maritime lien' },
  'maritime-claim-registration': { 'zh-CN': '申请海事债权登记', en: 'Application to register a maritime claim' },
  'general-average-adjustment': { 'zh-CN': '申请共同海损理算', en: 'Application for general average adjustment' },
};

export function applicationPlan(input: ApplicationInput, ranged: (key: RangedFeeKey) => ExactLine, used: string[]): FeePlan {
  const base = { adjustments: [] as Adjustment[], notes: [] as Bilingual[], defaultsUsed: used };
  switch (input.category) {
    case 'enforcement': {
      const title: Bilingual = { 'zh-CN': '申请执行费', en: 'Enforcement application fee' };
      if (input.amountFen === undefined) return { ...base, title, lines: [ranged('enforcementWithoutAmountFen')] };
      return { ...base, title, lines: applySchedule(data.enforcement as Schedule, input.amountFen) };
    }
    case 'preservation': {
      const p = data.preservation;
      const title: Bilingual = { 'zh-CN': '申请保全费', en: 'Preservation application fee' };
      if (input.amountFen === undefined) {
        const label: Bilingual = { 'zh-CN': '不涉及财产数额', en: 'no amount of property' };
        return { ...base, title, lines: [flatLine(label, p.noAmountFlatYuan * 100, p.source)] };
      }
      const limit = cap(
        p.capYuan * 100,
        { 'zh-CN': `保全费最多不超过 ${yuanText(p.capYuan * 100)} 元`, en: `preservation fee capped at ${yuanText(p.capYuan * 100)} yuan` },
        p.source,
      );
      return { ...base, title, lines: applySchedule(p as Schedule, input.amountFen), adjustments: [limit] };
    }
    case 'payment-order': {
      const d = data.paymentOrder;
      const third = fraction(
        'fraction',
        { 'zh-CN': '比照财产案件受理费标准的 1/3 交纳', en: 'one third of the property-case fee' },
        d.source,
        d.numerator,
        d.denominator,
      );
      const title: Bilingual = { 'zh-CN': '申请支付令费', en: 'Payment-order application fee' };
      return {
        ...base,
        title,
        lines: applySchedule(property, input.amountFen, citeTogether([d.source, property.source])),
        adjustments: [third],
      };
    }
    case 'public-summons':
      return {
        ...base,
        title: { 'zh-CN': '申请公示催告费', en: 'Public-summons application fee' },
        lines: [flatLine(perCase, data.publicSummons.flatYuan * 100, data.publicSummons.source)],
      };
    case 'arbitration-review':
      return {
        ...base,
        title: {
          'zh-CN': '申请撤销仲裁裁决或者认定仲裁协议效力费',
          en: 'Fee to set aside an arbitral award or rule on an arbitration agreement',
        },
        lines: [flatLine(perCase, data.arbitrationReview.flatYuan * 100, data.arbitrationReview.source)],
      };
    case 'bankruptcy': {
      const d = data.bankruptcy;
      const adjustments = [
        fraction(
          'halving',
          { 'zh-CN': '按照财产案件受理费标准减半交纳', en: 'half the property-case fee' },
          d.source,
          d.numerator,
          d.denominator,
        ),
        cap(
          d.capYuan * 100,
          { 'zh-CN': `最高不超过 ${yuanText(d.capYuan * 100)} 元`, en: `capped at ${yuanText(d.capYuan * 100)} yuan` },
          d.source,
        ),
      ];
      const title: Bilingual = {
        'zh-CN': '破产案件申请费（依破产财产总额计算）',
        en: 'Bankruptcy application fee (on the total bankruptcy assets)',
      };
      return { ...base, title, lines: applySchedule(property, input.assetsFen, citeTogether([d.source, property.source])), adjustments };
    }
    case 'maritime-application': {
      const key = maritimeRanged[input.kind];
      const title = maritimeTitles[input.kind];
      if (key) return { ...base, title, lines: [ranged(key)] };
      const fixed = data.maritimeFixed[input.kind as 'maritime-claim-registration' | 'general-average-adjustment'];
      return { ...base, title, lines: [flatLine(perCase, fixed.flatYuan * 100, fixed.source)] };
    }
  }
}

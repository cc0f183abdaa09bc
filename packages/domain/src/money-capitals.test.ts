// Examples from 《正确填写票据和结算凭证的基本规定》 (支付结算办法 附件一) and the brackets of 诉讼费用交纳办法 Art. 13.
import { describe, expect, it } from 'vitest';
import { yuanInCapitals } from './money-capitals.js';

describe('yuanInCapitals (中文大写金额)', () => {
  it.each([
    [168032, '壹仟陆佰捌拾元零叁角贰分'], // the rules' own example ￥1680.32
    [10754056, '壹拾万零柒仟伍佰肆拾元零伍角陆分'], // 万位 0 before a non-zero 仟: the rules allow 零 or none; we write 零
    [5000, '伍拾元整'],
    [105000, '壹仟零伍拾元整'],
    [52500, '伍佰贰拾伍元整'],
    [1000000, '壹万元整'],
    [1050000, '壹万零伍佰元整'],
    [10050000, '壹拾万零伍佰元整'],
    [10000000000, '壹亿元整'],
    [10000005000, '壹亿零伍拾元整'],
    [1200, '壹拾贰元整'],
    [1230, '壹拾贰元叁角整'],
    [1203, '壹拾贰元零叁分'],
    [50, '伍角整'],
    [7, '柒分'],
    [0, '零元整'],
  ])('%i fen → %s', (fen, text) => {
    expect(yuanInCapitals(fen)).toBe(text);
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => yuanInCapitals(-1)).toThrow();
    expect(() => yuanInCapitals(1.5)).toThrow();
  });
});

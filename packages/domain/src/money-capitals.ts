// An amount of money written in Chinese capital numerals (中文大写金额), as court fee notices and bank
// forms print it beside the figures. Rules of 《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》:
// digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿; one 零 for any run of zeros between non-zero digits
// (also across 万 and 亿); 整 after an amount that ends at 元 or 角; "零X分" when the 角 digit is 0.

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UNITS = ['', '拾', '佰', '仟'] as const;
const GROUPS = ['', '万', '亿', '万亿'] as const;

function integerInCapitals(yuan: number): string {
  const digits = String(yuan);
  let out = '';
  let pendingZero = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const pos = digits.length - 1 - i;
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      groupHasDigit = true;
      out += DIGITS[d]! + UNITS[pos % 4]!;
    }
    if (pos % 4 === 0) {
      if (groupHasDigit) out += GROUPS[pos / 4]!;
      groupHasDigit = false;
    }
  }
  return out;
}

/** 1050000 fen → '壹万零伍佰元整'; 168032 → '壹仟陆佰捌拾元零叁角贰分'. Throws on a negative or non-integer fen amount. */
export function yuanInCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`yuanInCapitals needs a non-negative integer number of fen, got ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  const integer = yuan > 0 ? `${integerInCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${integer}整`;
  // A 0 in the 元 place before a non-zero 角, like one in the 万 place, is written as 零 (the rules allow either).
  const zeroBefore = (jiao > 0 && yuan % 10 === 0 && yuan > 0) || (jiao === 0 && yuan > 0);
  const jiaoPart = (zeroBefore ? '零' : '') + (jiao > 0 ? `${DIGITS[jiao]}角` : '');
  return `${integer}${jiaoPart}${cents > 0 ? `${DIGITS[cents]}分` : '整'}`;
}

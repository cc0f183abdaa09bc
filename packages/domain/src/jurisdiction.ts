// Jurisdiction hints for the clerk (管辖提示): is the filing within this court's territorial jurisdiction, by the
// grounds the filing data can show? A hint, not a ruling: the clerk decides. Territorial rules of the Civil
// Procedure Law (2023): Art. 22 defendant's domicile (被告住所地), Art. 24 contract disputes also at the place of
// performance (合同履行地), Art. 29 torts also where the tort took place (侵权行为地), Art. 35 a written choice of
// court (协议管辖). When the court's area is not in the data, or an address names no region, the answer is
// 'unknown' — never a guess.
import areaData from './court-areas.json' with { type: 'json' };
import { causeOfActionPath, findCauseOfAction } from './causes-of-action/catalogue.js';

export type JurisdictionResult = 'within' | 'outside' | 'unknown';
export type JurisdictionGround = 'defendant_domicile' | 'contract_place' | 'tort_place' | 'agreed_court';

export interface CourtArea {
  /** Province-level division, then the county-level one: ['北京市', '朝阳区']. */
  parts: readonly string[];
  source: string;
}

export interface JurisdictionHint {
  ground: JurisdictionGround;
  /** Whom or what the hint is about (the defendant's name; empty for the cause-based grounds). */
  subject: string;
  result: JurisdictionResult;
  /** Why 'unknown': no address, no region recognised, the form does not record it, or the court's area is unknown. */
  reason?: 'no_address' | 'region_unrecognised' | 'not_in_form' | 'court_area_unknown';
  basis: string;
}

export interface JurisdictionHints {
  /** The court's area as written ('北京市朝阳区'), or null when the data does not hold it. */
  area: string | null;
  /** 'within' if any ground places the case here; 'outside' only if every ground was checked and none does. */
  overall: JurisdictionResult;
  hints: JurisdictionHint[];
}

const areas = new Map<string, CourtArea>(areaData.areas.map((a) => [a.designation, { parts: a.parts, source: a.source }]));

/** The area a court sits for, by its designation (法院代字), when known. */
export function courtArea(designation: string): CourtArea | null {
  return areas.get(designation) ?? null;
}

/** Province-level divisions (GB/T 2260), to tell an address in another province from one naming no region. */
const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏',
  '新疆', '台湾', '香港', '澳门',
]; // prettier-ignore

const shortName = (part: string) => part.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');

/** Whether an address lies in an area: 'within' / 'outside' / 'unknown' when it names no recognisable region. */
export function addressInArea(address: string | null, area: CourtArea): JurisdictionResult | 'no_address' {
  const a = (address ?? '').replace(/\s+/g, '');
  if (!a) return 'no_address';
  const [province = '', county = ''] = area.parts;
  const provinceForms = [province, shortName(province)].filter(Boolean);
  const rest = provinceForms.filter((p) => a.startsWith(p)).map((p) => a.slice(p.length))[0];
  if (rest === undefined) {
    const other = PROVINCES.some((p) => p !== shortName(province) && a.startsWith(p));
    return other ? 'outside' : 'unknown';
  }
  if (rest.startsWith(county)) return 'within';
  // Same province-level division: a named county-level division that is not ours is outside.
  const named = /^[^省市区县旗]{1,7}?(区|县|自治县|旗|市)/.exec(rest);
  return named ? 'outside' : 'unknown';
}

const basis: Record<JurisdictionGround, string> = {
  defendant_domicile: '民事诉讼法第二十二条',
  contract_place: '民事诉讼法第二十四条',
  tort_place: '民事诉讼法第二十九条',
  agreed_court: '民事诉讼法第三十五条',
};

export interface JurisdictionInput {
  courtDesignation: string;
  defendants: ReadonlyArray<{ name: string; address: string | null }>;
  causeOfAction: { code: string; version: string | null } | null;
  /** Place of performance and chosen court, when the form records them (it does not yet). */
  contractPlace?: string | null;
  agreedCourt?: string | null;
}

function underHeading(cause: JurisdictionInput['causeOfAction'], heading: string): boolean {
  if (!cause) return false;
  const opts = cause.version ? { version: cause.version } : undefined;
  const entry = findCauseOfAction(cause.code, opts);
  return !!entry && (entry.name === heading || causeOfActionPath(cause.code, opts).includes(heading));
}

export function jurisdictionHints(input: JurisdictionInput): JurisdictionHints {
  const area = courtArea(input.courtDesignation);
  const hints: JurisdictionHint[] = input.defendants.map((d) => {
    const hint = { ground: 'defendant_domicile' as const, subject: d.name, basis: basis.defendant_domicile };
    if (!area) return { ...hint, result: 'unknown', reason: 'court_area_unknown' };
    const r = addressInArea(d.address, area);
    if (r === 'no_address') return { ...hint, result: 'unknown', reason: 'no_address' };
    return r === 'unknown' ? { ...hint, result: r, reason: 'region_unrecognised' } : { ...hint, result: r };
  });
  const placeHint = (ground: JurisdictionGround, place: string | null | undefined): JurisdictionHint => {
    const hint = { ground, subject: '', basis: basis[ground] };
    if (!place) return { ...hint, result: 'unknown', reason: 'not_in_form' };
    if (!area) return { ...hint, result: 'unknown', reason: 'court_area_unknown' };
    const r = addressInArea(place, area);
    return r === 'within' || r === 'outside' ? { ...hint, result: r } : { ...hint, result: 'unknown', reason: 'region_unrecognised' };
  };
  if (underHeading(input.causeOfAction, '合同纠纷')) {
    hints.push(placeHint('contract_place', input.contractPlace));
    hints.push(placeHint('agreed_court', input.agreedCourt));
  }
  if (underHeading(input.causeOfAction, '侵权责任纠纷')) hints.push(placeHint('tort_place', null));
  const results = hints.map((h) => h.result);
  const overall: JurisdictionResult = results.includes('within')
    ? 'within'
    : results.length > 0 && results.every((r) => r === 'outside')
      ? 'outside'
      : 'unknown';
  return { area: area ? area.parts.join('') : null, overall, hints };
}

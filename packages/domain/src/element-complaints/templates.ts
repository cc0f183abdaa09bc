// Element-style complaint templates (要素式民事起诉状): the published forms of 法〔2025〕82号
// (revising the 2024 trial set of 法〔2024〕46号), one JSON file per case type, each citing its source.
import creditCard from './credit-card.json' with { type: 'json' };
import divorce from './divorce.json' with { type: 'json' };
import financialLoan from './financial-loan.json' with { type: 'json' };
import labourDispute from './labour-dispute.json' with { type: 'json' };
import motorVehicleAccident from './motor-vehicle-accident.json' with { type: 'json' };
import privateLending from './private-lending.json' with { type: 'json' };
import propertyService from './property-service.json' with { type: 'json' };
import saleContract from './sale-contract.json' with { type: 'json' };

export type ElementLocale = 'zh-CN' | 'en';
export type LocalizedText = Readonly<Record<ElementLocale, string>>;

/** money: integer fen (分), not negative; date: real YYYY-MM-DD; percentage: finite number ≥ 0;
 *  choice / party: one of the listed options (by their zh-CN wording), or several when `multiple`. */
export type ElementKind = 'text' | 'money' | 'date' | 'percentage' | 'boolean' | 'choice' | 'party';

export interface ElementOption {
  'zh-CN': string;
  en: string;
}

export interface ComplaintElement {
  key: string;
  group: string;
  /** The template's numbered item the element belongs to, verbatim. */
  item: string;
  label: LocalizedText;
  kind: ElementKind;
  /** The templates mark nothing as required (说明第3条); kept so a future template can. */
  required: boolean;
  options?: readonly ElementOption[];
  multiple?: boolean;
  help?: { 'zh-CN': string };
  appliesWhen?: { 'zh-CN': string };
}

export interface ElementTemplate {
  source: Readonly<Record<string, unknown>>;
  caseType: LocalizedText;
  causesOfAction: readonly string[];
  requirement: { markedRequired: boolean; note: string };
  groups: ReadonlyArray<{ key: string; label: LocalizedText }>;
  elements: readonly ComplaintElement[];
}

const KINDS: readonly ElementKind[] = ['text', 'money', 'date', 'percentage', 'boolean', 'choice', 'party'];

interface RawElement {
  key: string;
  group: string;
  item: string;
  label: LocalizedText;
  kind: string;
  required: boolean;
  options?: ElementOption[];
  multiple?: boolean;
  help?: { 'zh-CN': string };
  appliesWhen?: { 'zh-CN': string };
}

interface RawTemplate extends Omit<ElementTemplate, 'elements'> {
  elements: RawElement[];
}

function asKind(kind: string, key: string): ElementKind {
  const k = KINDS.find((x) => x === kind);
  if (!k) throw new Error(`element ${key}: unknown kind ${kind}`);
  return k;
}

/** Checks the data file's shape once at load; a bad file is a programmer mistake. */
export function loadTemplate(raw: RawTemplate): ElementTemplate {
  const seen = new Set<string>();
  const elements = raw.elements.map((e) => {
    if (seen.has(e.key)) throw new Error(`element ${e.key}: duplicate key`);
    seen.add(e.key);
    const kind = asKind(e.kind, e.key);
    if ((kind === 'choice' || kind === 'party') && !(e.options && e.options.length > 0)) {
      throw new Error(`element ${e.key}: a ${kind} needs options`);
    }
    return { ...e, kind };
  });
  return { ...raw, elements };
}

export const elementTemplates: readonly ElementTemplate[] = [
  privateLending,
  divorce,
  saleContract,
  financialLoan,
  creditCard,
  propertyService,
  labourDispute,
  motorVehicleAccident,
].map((t) => loadTemplate(t));

/** The template for a cause of action, by its catalogue NAME (the catalogue's codes differ between versions). */
export function elementTemplateFor(causeOfActionName: string): ElementTemplate | undefined {
  const name = causeOfActionName.trim();
  return elementTemplates.find((t) => t.causesOfAction.includes(name));
}

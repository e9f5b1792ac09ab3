import { SECTORS } from '../../common/domain/sectors';
import { conceptCatalogue } from './concepts/concept-catalogue';
import type { Breakdown } from './scoring';

/** A match in words, in both languages: the concepts both texts mention and one reason per applicable factor. */
export interface MatchExplanation {
  sharedConcepts: { id: string; en: string; ko: string }[];
  reasons: { factor: keyof Omit<Breakdown, 'excluded'>; en: string; ko: string }[];
}

/** What the reasons quote besides the breakdown. */
export interface ExplanationFacts {
  kind: 'investor' | 'demand';
  breakdown: Omit<Breakdown, 'excluded'>;
  excluded: string | null;
  sharedConcepts: readonly string[];
  startup: { sector: string; stage: string; country: string; trl: number };
  minTrl?: number | null;
}

const STAGE_NAMES: Record<string, { en: string; ko: string }> = {
  'pre-seed': { en: 'pre-seed', ko: '프리시드' },
  seed: { en: 'seed', ko: '시드' },
  'series-a': { en: 'Series A', ko: '시리즈 A' },
  'series-b': { en: 'Series B', ko: '시리즈 B' },
  'series-c-plus': { en: 'Series C+', ko: '시리즈 C 이상' },
};

const sectorName = (code: string) => SECTORS.find((s) => s.code === code) ?? { en: code, ko: code };
const stageName = (code: string) => STAGE_NAMES[code] ?? { en: code, ko: code };

/**
 * Explains a stored match from its breakdown and shared concepts (no text is re-read: list reads stay cheap).
 * Concepts the catalogue no longer has are left out.
 */
export function explainMatch(facts: ExplanationFacts): MatchExplanation {
  const catalogue = conceptCatalogue();
  const sharedConcepts = facts.sharedConcepts.flatMap((id) => {
    const c = catalogue.get(id);
    return c ? [{ id: c.id, en: c.en, ko: c.ko }] : [];
  });
  const b = facts.breakdown;
  const reasons: MatchExplanation['reasons'] = [];
  const counterpart = facts.kind === 'investor' ? { en: "the investor's", ko: '투자자의' } : { en: "the demand's", ko: '수요의' };

  if (b.sector !== null) {
    const s = sectorName(facts.startup.sector);
    reasons.push(
      b.sector >= 1
        ? { factor: 'sector', en: `Same field: ${s.en}`, ko: `분야 일치: ${s.ko}` }
        : b.sector > 0
          ? { factor: 'sector', en: `Open to every field, including ${s.en}`, ko: `모든 분야 대상 (${s.ko} 포함)` }
          : { factor: 'sector', en: `${s.en} is outside ${counterpart.en} fields`, ko: `${s.ko} 분야는 ${counterpart.ko} 대상 분야가 아닙니다` },
    );
  }
  if (b.stage !== null) {
    const st = stageName(facts.startup.stage);
    reasons.push(
      b.stage >= 1
        ? { factor: 'stage', en: `Stage fits: ${st.en}`, ko: `투자 단계 적합: ${st.ko}` }
        : b.stage > 0
          ? { factor: 'stage', en: `Stage ${st.en} is one step from the investor's stages`, ko: `${st.ko} 단계는 투자자 선호 단계와 한 단계 차이` }
          : { factor: 'stage', en: `Stage ${st.en} is outside the investor's stages`, ko: `${st.ko} 단계는 투자자 선호 단계 밖` },
    );
  }
  if (b.ticket !== null) {
    reasons.push(
      b.ticket >= 1
        ? { factor: 'ticket', en: 'Funding ask within the ticket range', ko: '투자 요청액이 투자 규모 범위 안' }
        : b.ticket >= 0.5
          ? { factor: 'ticket', en: 'Funding ask close to the ticket range', ko: '투자 요청액이 투자 규모에 근접' }
          : { factor: 'ticket', en: 'Funding ask far from the ticket range', ko: '투자 요청액이 투자 규모와 차이가 큼' },
    );
  } else if (facts.kind === 'investor') {
    reasons.push({ factor: 'ticket', en: 'Ticket not compared: no exchange rate for a currency', ko: '통화 환율이 없어 투자 규모를 비교하지 않음' });
  }
  if (b.geography !== null) {
    const country = facts.startup.country.toUpperCase();
    reasons.push(
      b.geography >= 1
        ? { factor: 'geography', en: `Country fits: ${country}`, ko: `국가 조건 충족: ${country}` }
        : { factor: 'geography', en: `${country} is outside the investor's countries`, ko: `${country}은(는) 투자자 대상 국가 밖` },
    );
  }
  if (b.trl !== null) {
    const trl = facts.startup.trl;
    const min = facts.minTrl ?? null;
    reasons.push(
      facts.excluded === 'trl-below-minimum'
        ? { factor: 'trl', en: `TRL ${trl} is below the required ${min}`, ko: `기술성숙도(TRL) ${trl}: 요구 수준 ${min} 미만` }
        : min !== null
          ? { factor: 'trl', en: `TRL ${trl} meets the required ${min}`, ko: `기술성숙도(TRL) ${trl}: 요구 수준 ${min} 충족` }
          : { factor: 'trl', en: `TRL ${trl} (no minimum set)`, ko: `기술성숙도(TRL) ${trl} (최소 요구 없음)` },
    );
  }
  if (b.text !== null) {
    if (sharedConcepts.length > 0) {
      const en = sharedConcepts.map((c) => c.en).join(', ');
      const ko = sharedConcepts.map((c) => c.ko).join(', ');
      reasons.push({ factor: 'text', en: `Both work on: ${en} (${ko})`, ko: `공통 기술: ${ko} (${en})` });
    } else {
      reasons.push(
        b.text >= 0.5
          ? { factor: 'text', en: 'The descriptions share much of their wording', ko: '설명에 겹치는 표현이 많습니다' }
          : b.text >= 0.2
            ? { factor: 'text', en: 'The descriptions overlap in places', ko: '설명이 일부 겹칩니다' }
            : { factor: 'text', en: 'Little in common in the descriptions', ko: '설명의 공통점이 적습니다' },
      );
    }
  }
  return { sharedConcepts, reasons };
}

import type { DemandFeatures, InvestorFeatures, StartupFeatures, TermCounts } from './scoring.types';
import { TextIndex, type SparseVector } from './text-index';
import { demandTerms, investorTerms, startupTerms } from './tokenizer';

export interface EventParties {
  startups: readonly StartupFeatures[];
  investors: readonly InvestorFeatures[];
  demands: readonly DemandFeatures[];
}

/** The event's text index and one TF-IDF vector per party, aligned with the input arrays. */
export interface EventVectors {
  text: TextIndex;
  startups: SparseVector[];
  investors: SparseVector[];
  demands: SparseVector[];
}

/**
 * Tokenises every profile once (or takes its cached `terms`), builds the index and the vectors. With `text`,
 * uses that index instead of building one (its IDFs stay as they are): terms it does not know are added to
 * it with its `unseenIdf` (see TextIndex.addTerms), so every party is vectorised over all its terms.
 */
export function vectorizeEvent(parties: EventParties, text?: TextIndex): EventVectors {
  const startupDocs = parties.startups.map(startupTerms);
  const investorDocs = parties.investors.map(investorTerms);
  const demandDocs = parties.demands.map(demandTerms);
  if (text) {
    const vectorize = (doc: TermCounts): SparseVector => {
      text.addTerms(doc);
      return text.vectorize(doc);
    };
    return { text, startups: startupDocs.map(vectorize), investors: investorDocs.map(vectorize), demands: demandDocs.map(vectorize) };
  }
  const { index, vectors } = TextIndex.buildWithVectors([...startupDocs, ...investorDocs, ...demandDocs]);
  const nS = startupDocs.length;
  const nI = investorDocs.length;
  return {
    text: index,
    startups: vectors.slice(0, nS),
    investors: vectors.slice(nS, nS + nI),
    demands: vectors.slice(nS + nI),
  };
}

/** The event's corpus index alone, e.g. for explaining single pairs with scorePair. */
export function buildTextIndex(parties: EventParties): TextIndex {
  return TextIndex.build([
    ...parties.startups.map(startupTerms),
    ...parties.investors.map(investorTerms),
    ...parties.demands.map(demandTerms),
  ]);
}

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

/** Tokenises every profile once (or takes its cached `terms`), builds the index and the vectors. */
export function vectorizeEvent(parties: EventParties): EventVectors {
  const startupDocs = parties.startups.map(startupTerms);
  const investorDocs = parties.investors.map(investorTerms);
  const demandDocs = parties.demands.map(demandTerms);
  const text = TextIndex.build([...startupDocs, ...investorDocs, ...demandDocs]);
  const vectorize = (doc: TermCounts): SparseVector => text.vectorize(doc);
  return {
    text,
    startups: startupDocs.map(vectorize),
    investors: investorDocs.map(vectorize),
    demands: demandDocs.map(vectorize),
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
